using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Cli.Hosting;
using Graph.Core.Model;
using Graph.Core.Ontology;
using Graph.Extraction.Evaluation;
using Graph.Store.Sqlite;
using Graph.TestSupport;

namespace Graph.Api.Tests.Support;

/// <summary>
/// The real <c>graph serve</c> host (Kestrel on a free loopback port) over a real SQLite file in a temporary folder,
/// holding the seed facts of ../shared/extraction/gold/seeds.jsonl (and any extra facts a test adds), with the store
/// wrapped in a <see cref="CountingGraphStore"/>.
/// </summary>
internal sealed class TestGraphServer : IAsyncDisposable
{
    public const string ApiKey = "test-key-5b1f0c9e";

    private readonly string _folder;

    private TestGraphServer(string folder, GraphServer server, CountingGraphStore store)
    {
        _folder = folder;
        Server = server;
        Store = store;
        Endpoint = server.GraphQLEndpoint;
        Http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    }

    public GraphServer Server { get; }

    public CountingGraphStore Store { get; }

    public Uri Endpoint { get; }

    public HttpClient Http { get; }

    public static async Task<TestGraphServer> StartAsync(
        IReadOnlyDictionary<string, string?>? configuration = null, IEnumerable<ArticleFacts>? extraFacts = null, Action<GraphServerBuilder>? configure = null)
    {
        var folder = Directory.CreateTempSubdirectory("graph-api-tests-").FullName;
        var database = Path.Combine(folder, "graph.db");
        await SeedAsync(database, extraFacts ?? []);

        var settings = new Dictionary<string, string?> { ["GraphQL:ApiKeys:0"] = ApiKey };
        foreach (var (key, value) in configuration ?? new Dictionary<string, string?>()) settings[key] = value;
        var builder = GraphServerBuilder.Create(new GraphServerSettings
        {
            Urls = "http://127.0.0.1:0",
            DatabasePath = database,
            Overrides = settings,
        });
        CountingGraphStore? counting = null;
        builder.DecorateStore = store => counting = new CountingGraphStore(store);
        configure?.Invoke(builder);
        var server = await builder.BuildAsync();
        await server.StartAsync();
        return new TestGraphServer(folder, server, counting!);
    }

    private static async Task SeedAsync(string database, IEnumerable<ArticleFacts> extraFacts)
    {
        var seeds = GuidelinesJsonl.ReadFile(RepoPaths.InShared("extraction", "gold", "seeds.jsonl"), GraphOntology.Default);
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = database });
        await store.PutArticlesAsync([.. seeds, .. extraFacts]);
    }

    /// <summary>POSTs a GraphQL request as JSON and reads the JSON answer.</summary>
    public async Task<GraphQLResponse> PostAsync(
        string query, object? variables = null, string? apiKey = null, string accept = "application/graphql-response+json", string? operationName = null)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, object?> { ["query"] = query, ["variables"] = variables, ["operationName"] = operationName });
        return await SendAsync(HttpMethod.Post, Endpoint, body, "application/json", accept, apiKey);
    }

    public async Task<GraphQLResponse> SendAsync(HttpMethod method, Uri uri, string? body, string? contentType, string? accept, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null) request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        if (apiKey is not null) request.Headers.Add("X-Api-Key", apiKey);
        using var response = await Http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.StopAsync();
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on a slow shutdown: the temp folder is cleaned by the OS.
        }
    }
}

/// <summary>An HTTP answer from the endpoint: status, headers that matter, and the body (as JSON when it is JSON).</summary>
internal sealed record GraphQLResponse(int Status, string? ContentType, string Text, IReadOnlyDictionary<string, string> Headers)
{
    public JsonElement Json => JsonDocument.Parse(Text).RootElement;

    public JsonElement Data => Json.GetProperty("data");

    public bool HasData => Json.TryGetProperty("data", out _);

    public IReadOnlyList<JsonElement> Errors =>
        Json.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    public IReadOnlyList<string> ErrorMessages => [.. Errors.Select(e => e.GetProperty("message").GetString()!)];

    public IReadOnlyList<string?> ErrorCodes =>
        [.. Errors.Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null)];

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        var headers = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        return new GraphQLResponse((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync(), headers);
    }
}
