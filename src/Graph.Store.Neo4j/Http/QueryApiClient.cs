using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Graph.Store.Neo4j.Cypher;
using Polly;

namespace Graph.Store.Neo4j.Http;

/// <summary>
/// A client for Neo4j's Query API (<c>POST /db/{db}/query/v2</c>, explicit transactions under <c>/db/{db}/query/v2/tx</c>)
/// over <see cref="HttpClient"/>, with basic authentication and typed JSON both ways. Every unit of work
/// (one statement in an implicit transaction, or one whole explicit transaction) runs through a resilience
/// pipeline: transient failures are retried with backoff as a whole unit, a circuit breaker stops hammering a
/// failing server, client errors are never retried.
/// </summary>
public sealed class QueryApiClient : IDisposable
{
    /// <summary>The header a server sends when a transaction opens; every later request of that transaction must replay it.</summary>
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly Neo4jOptions options;
    private readonly HttpClient http;
    private readonly ResiliencePipeline pipeline;
    private readonly AuthenticationHeaderValue authorization;

    public QueryApiClient(Neo4jOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;

        // The pipeline's timeout bounds each attempt; HttpClient's own timeout would throw an exception the pipeline cannot classify.
        http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = options.AttemptTimeout, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = options.BaseUri,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        pipeline = Neo4jResilience.Build(options, notice => Retrying?.Invoke(notice));
    }

    /// <summary>Raised before each retry (for logging, and for tests to see the backoff).</summary>
    public event Action<RetryNotice>? Retrying;

    public Neo4jOptions Options => options;

    private string QueryPath => $"db/{Uri.EscapeDataString(options.Database)}/query/v2";

    /// <summary>Runs one statement in an implicit transaction (atomic on the server), retrying transient failures.</summary>
    /// <exception cref="Neo4jException">Neo4j refused it for good (a client or database error).</exception>
    /// <exception cref="StoreUnavailableException">Transient failures outlasted the retries, or the circuit is open.</exception>
    public Task<QueryResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
        ResilientAsync(async token => (await SendStatementAsync(QueryPath, statement, parameters, null, token).ConfigureAwait(false)).Result, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction: begin, the work's statements, commit. On any failure the
    /// transaction is rolled back (DELETE) and, when the failure was transient, the whole unit is tried again from the start:
    /// a half-done transaction is never resumed. The work must therefore only touch the database through the transaction.
    /// </summary>
    public Task<T> InTransactionAsync<T>(Func<QueryTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return ResilientAsync(
            async token =>
            {
                var transaction = await BeginTransactionAsync(token).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    var result = await work(transaction, token).ConfigureAwait(false);
                    await transaction.CommitAsync(token).ConfigureAwait(false);
                    return result;
                }
            },
            cancellationToken);
    }

    /// <summary>Opens an explicit transaction (no retry: use <see cref="InTransactionAsync{T}"/> for that).</summary>
    public async Task<QueryTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(HttpMethod.Post, $"{QueryPath}/tx", body: null, affinity: null, context: "begin transaction", cancellationToken).ConfigureAwait(false);
        if (response.TransactionId is null)
        {
            throw new Neo4jException(null, "the server opened no transaction (no 'transaction.id' in its answer)", response.Status, isTransient: false);
        }

        return new QueryTransaction(this, response.TransactionId, response.Affinity);
    }

    internal async Task<QueryResult> RunInTransactionAsync(QueryTransaction transaction, CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        (await SendStatementAsync($"{QueryPath}/tx/{Uri.EscapeDataString(transaction.Id)}", statement, parameters, transaction.Affinity, cancellationToken).ConfigureAwait(false)).Result;

    internal Task CommitAsync(QueryTransaction transaction, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"{QueryPath}/tx/{Uri.EscapeDataString(transaction.Id)}/commit", body: null, transaction.Affinity, "commit", cancellationToken);

    internal Task RollbackAsync(QueryTransaction transaction, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, $"{QueryPath}/tx/{Uri.EscapeDataString(transaction.Id)}", body: null, transaction.Affinity, "rollback", cancellationToken);

    public void Dispose() => http.Dispose();

    private async Task<T> ResilientAsync<T>(Func<CancellationToken, Task<T>> unit, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(async token => await unit(token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var surfaced = Neo4jResilience.Surface(exception, options);
            if (ReferenceEquals(surfaced, exception))
            {
                throw;
            }

            throw surfaced;
        }
    }

    private Task<Response> SendStatementAsync(string path, CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters, string? affinity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return SendAsync(HttpMethod.Post, path, StatementBody(statement, parameters), affinity, statement.Name, cancellationToken);
    }

    private static byte[] StatementBody(CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement.Text);
            writer.WriteStartObject("parameters");
            foreach (var (name, value) in parameters ?? new Dictionary<string, object?>())
            {
                writer.WritePropertyName(name);
                TypedJson.Write(writer, value);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private async Task<Response> SendAsync(HttpMethod method, string path, byte[]? body, string? affinity, string context, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = authorization;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson.MediaType));
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedJson.MediaType);
        }

        HttpResponseMessage message;
        try
        {
            message = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new Neo4jException(null, $"{context}: cannot reach {options.BaseUri}: {exception.Message}", null, IsTransientTransport(exception), exception);
        }

        using (message)
        {
            var text = await message.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var responseAffinity = message.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return ResponseParser.Parse(message.StatusCode, text, responseAffinity ?? affinity, context);
        }
    }

    /// <summary>Refused or dropped connections and name lookups may heal; TLS and protocol failures will not.</summary>
    private static bool IsTransientTransport(HttpRequestException exception) =>
        exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.ResponseEnded
        || exception.InnerException is SocketException or IOException;
}
