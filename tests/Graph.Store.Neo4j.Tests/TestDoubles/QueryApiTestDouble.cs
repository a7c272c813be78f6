using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Graph.Store.Neo4j.Tests.TestDoubles;

/// <summary>A request the test double received, as it arrived on the wire.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;
}

/// <summary>A scripted answer: status, JSON body (null for none), extra headers, and an optional delay before answering.</summary>
public sealed record ScriptedAnswer(int Status, string? Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default);

/// <summary>
/// TEST DOUBLE for a Neo4j server's Query API (no Neo4j can run on these machines): a real HTTP server on a loopback
/// port that records every request and answers from a script, with bodies shaped as Neo4j's Query API manual documents
/// them. It does not interpret Cypher; it emulates nothing. When the script runs out it answers 500, so a test that
/// sends more requests than it scripted fails loudly.
/// </summary>
public sealed class QueryApiTestDouble : IDisposable
{
    /// <summary>How many ports to try when another socket takes the free port found before the listener binds it.</summary>
    private const int PortAttempts = 10;

    private static readonly ScriptedAnswer ScriptExhausted =
        new(500, """{"errors":[{"code":"TestDouble.ScriptExhausted","message":"the test sent more requests than it scripted"}]}""");

    private readonly HttpListener listener;
    private readonly ConcurrentQueue<ScriptedAnswer> script = new();
    private readonly ConcurrentDictionary<int, RecordedRequest> requests = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public QueryApiTestDouble()
    {
        (listener, BaseUri) = ListenOnAFreePort();
        Port = BaseUri.Port;
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public Uri BaseUri { get; }

    /// <summary>The requests received so far, in the order they arrived (not the order their answers were worked out).</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. requests.OrderBy(r => r.Key).Select(r => r.Value)];

    /// <summary>When set, answers requests the script does not cover from what they ask (null: not this one); before <see cref="Fallback"/>.</summary>
    public Func<RecordedRequest, ScriptedAnswer?>? Responder { get; set; }

    /// <summary>When set, answers every request the script does not cover (instead of 500).</summary>
    public ScriptedAnswer? Fallback { get; set; }

    public QueryApiTestDouble Answer(int status, string? body, IReadOnlyDictionary<string, string>? headers = null, TimeSpan delay = default)
    {
        script.Enqueue(new ScriptedAnswer(status, body, headers, delay));
        return this;
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener's disposal exception; nothing to report.
        }

        stop.Dispose();
    }

    /// <summary>
    /// HttpListener cannot listen on port 0, so a free port is found first and bound second; in between, another socket
    /// (a parallel test's, or an outgoing connection's) may take it. Then another free port is tried: this is choosing a
    /// port, not retrying a test.
    /// </summary>
    private static (HttpListener Listener, Uri BaseUri) ListenOnAFreePort()
    {
        for (var attempt = 1; ; attempt++)
        {
            var baseUri = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}/");
            var candidate = new HttpListener();
            candidate.Prefixes.Add(baseUri.ToString());
            try
            {
                candidate.Start();
                return (candidate, baseUri);
            }
            catch (HttpListenerException) when (attempt < PortAttempts)
            {
                candidate.Close();
            }
        }
    }

    /// <summary>A loopback port nothing listens on right now (it may be taken by the time it is used).</summary>
    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        for (var arrival = 0; !stop.IsCancellationRequested; arrival++)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                return;
            }

            // The scripted answer is taken here, in arrival order, not in the answering task: when requests overlap (a
            // retry sent while an abandoned attempt is still on its way), the Nth request to arrive gets the Nth answer
            // whatever order the thread pool runs the answering tasks in.
            var scripted = script.TryDequeue(out var next) ? next : null;
            var index = arrival;
            _ = Task.Run(() => AnswerAsync(context, index, scripted));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context, int arrival, ScriptedAnswer? scripted)
    {
        var request = context.Request;
        string body;
        using (var reader = new StreamReader(request.InputStream, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync().ConfigureAwait(false);
        }

        var headers = request.Headers.AllKeys.Where(k => k is not null)
            .ToDictionary(k => k!.ToLowerInvariant(), k => request.Headers[k]!, StringComparer.Ordinal);
        var recorded = new RecordedRequest(request.HttpMethod, request.Url!.AbsolutePath, headers, body, DateTimeOffset.UtcNow);
        requests[arrival] = recorded;

        var answer = scripted ?? Responder?.Invoke(recorded) ?? Fallback ?? ScriptExhausted;
        try
        {
            if (answer.Delay > TimeSpan.Zero)
            {
                await Task.Delay(answer.Delay, stop.Token).ConfigureAwait(false);
            }

            var response = context.Response;
            response.StatusCode = answer.Status;
            foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
            {
                response.Headers[name] = value;
            }

            if (answer.Body is not null)
            {
                var bytes = Encoding.UTF8.GetBytes(answer.Body);
                response.ContentType = "application/vnd.neo4j.query";
                response.ContentLength64 = bytes.Length;
                await response.OutputStream.WriteAsync(bytes, stop.Token).ConfigureAwait(false);
            }

            response.Close();
        }
        catch (Exception exception) when (exception is OperationCanceledException or HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client gave up (a timeout test) or the double is shutting down.
        }
    }
}
