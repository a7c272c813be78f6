using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Graph.Ingestion.Tests.Support;

/// <summary>
/// The real <c>graph serve</c> (the built graph.dll beside the tests) in its own process, on a free loopback port,
/// over a store and queue in <paramref name="folder"/>. <see cref="Kill"/> is SIGKILL: no shutdown code runs.
/// </summary>
internal sealed partial class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly System.Text.StringBuilder _output = new();

    private ServerProcess(Process process) => _process = process;

    public Uri BaseUri { get; private set; } = null!;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the server with <paramref name="configFile"/> and waits until it listens.</summary>
    public static async Task<ServerProcess> StartAsync(string folder, string configFile, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "graph.dll"), "--db", Path.Combine(folder, "graph.db"), "serve", "--urls", "http://127.0.0.1:0", "--config", configFile })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GRAPH_API_KEYS"] = ApiKey;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var server = new ServerProcess(Process.Start(start)!);
        server._process.OutputDataReceived += (_, e) => server.Line(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Line(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        var listening = await server._listening.Task.WaitAsync(TimeSpan.FromMinutes(3)).ConfigureAwait(false);
        server.BaseUri = listening;
        return server;
    }

    public const string ApiKey = "test-ingestion-key";

    /// <summary>SIGKILL, at once: the process gets no chance to finish anything.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    /// <summary>Runs a GraphQL query and returns its <c>data</c>.</summary>
    public async Task<JsonElement> QueryAsync(string query)
    {
        using var response = await Http.PostAsJsonAsync(new Uri(BaseUri, "/graphql"), new { query }).ConfigureAwait(false);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>().ConfigureAwait(false);
        if (body.TryGetProperty("errors", out var errors)) throw new InvalidOperationException($"GraphQL errors: {errors}");
        return body.GetProperty("data");
    }

    /// <summary>The ingestion status, or null while the service has not started.</summary>
    public async Task<JsonElement> StatusAsync() =>
        (await QueryAsync("{ ingestionStatus { state pauseReason pending processing failed dead done statementsWritten } stats { articles statements } }").ConfigureAwait(false));

    /// <summary>Waits until the queue has nothing to do (nothing pending, processing or waiting for a retry) and the graph holds <paramref name="articles"/> articles.</summary>
    public async Task<JsonElement> WaitIdleAsync(int articles, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        JsonElement status = default;
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException("the server exited:\n" + Output);
            status = await StatusAsync().ConfigureAwait(false);
            var ingestion = status.GetProperty("ingestionStatus");
            if (ingestion.GetProperty("state").GetString() == "running"
                && ingestion.GetProperty("pending").GetInt32() == 0 && ingestion.GetProperty("processing").GetInt32() == 0 && ingestion.GetProperty("failed").GetInt32() == 0
                && status.GetProperty("stats").GetProperty("articles").GetInt32() >= articles)
            {
                return status;
            }

            await Task.Delay(500).ConfigureAwait(false);
        }

        throw new TimeoutException($"not idle within {timeout}: {status}\n{Output}");
    }

    /// <summary>Waits until the graph holds at least <paramref name="articles"/> articles; returns how many it holds.</summary>
    public async Task<int> WaitForArticlesAsync(int articles, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException("the server exited:\n" + Output);
            var count = (await QueryAsync("{ stats { articles } }").ConfigureAwait(false)).GetProperty("stats").GetProperty("articles").GetInt32();
            if (count >= articles) return count;
            await Task.Delay(100).ConfigureAwait(false);
        }

        throw new TimeoutException($"fewer than {articles} articles within {timeout}\n{Output}");
    }

    public void Dispose()
    {
        Kill();
        Http.Dispose();
        _process.Dispose();
    }

    private void Line(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        if (ListeningLine().Match(line) is { Success: true } match) _listening.TrySetResult(new Uri(match.Groups[1].Value));
    }

    [GeneratedRegex(@"GraphQL at (http://[^/\s]+)/graphql")]
    private static partial Regex ListeningLine();
}
