using System.Text.Json;
using Graph.Api.Events;
using Graph.Api.Ingestion;
using Graph.Extraction.Pipeline;
using Graph.GraphQL.Http;
using Graph.Ingestion;
using Graph.Ingestion.Configuration;
using Graph.Ingestion.Queue;
using Graph.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Cli.Hosting;

/// <summary>
/// Puts the ingestion service into <c>graph serve</c>: the hosted worker, its queue-backed API, and the HTTP endpoints
/// <c>POST /articles</c>, <c>/sources</c> (SourceEndpoints), <c>/metrics</c> (Prometheus text), <c>/health/live</c> and <c>/health/ready</c>.
/// </summary>
public static class IngestionHosting
{
    /// <summary>The folder of sample articles the server reads when nothing else is configured.</summary>
    public const string SampleFolder = "samples/articles";

    /// <summary>
    /// Reads and validates the <c>Ingestion</c> section and registers the service (unless <c>Ingestion:Enabled</c> is false).
    /// With no sources configured and <c>Ingestion:SampleSource</c> not false, the sample folder is the source.
    /// </summary>
    /// <exception cref="IngestionConfigurationException">A setting is wrong (the message names it).</exception>
    public static IngestionOptions? Add(GraphServerBuilder builder, string databasePath, Core.Ontology.GraphOntology ontology)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = IngestionConfiguration.Read(builder.Configuration);
        if (!options.Enabled) return null;
        if (options.Sources.Count == 0 && builder.Configuration.GetValue("Ingestion:SampleSource", true) && FindSamples() is { } samples)
        {
            options = options with { Sources = [new SourceOptions { Name = "samples", Kind = SourceKind.Folder, Location = samples, RetractMissing = true }] };
        }

        var queuePath = StoreFactory.QueuePath(databasePath, options.QueuePath);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(sp => new IngestionService(options, queuePath, sp.GetRequiredService<IGraphStore>(), () => DefaultPipeline.Create(ontology), sp.GetRequiredService<ILoggerFactory>()));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IngestionService>());
        builder.Services.AddSingleton<IArticleIngestor>(sp => new QueueIngestor(sp.GetRequiredService<IngestionService>(), sp.GetRequiredService<IngestionEvents>()));
        return options;
    }

    /// <summary>Maps the health endpoints always, and the ingestion endpoints when the service is registered.</summary>
    public static void MapEndpoints(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var service = app.Services.GetService<IngestionService>();
        app.MapGet("/health/live", () => Results.Text("alive\n"));
        // Two parameters, not HttpContext alone: a lambda of HttpContext returning a Task would bind as a raw
        // RequestDelegate, and the IResult it returns would never be written.
        app.MapGet("/health/ready", async (HttpContext http, CancellationToken _) =>
        {
            var (ready, detail) = service is not null
                ? await service.Writer.CheckAsync(http.RequestAborted).ConfigureAwait(false)
                : await StoreProbe.CheckAsync(app.Services.GetRequiredService<IGraphStore>(), http.RequestAborted).ConfigureAwait(false);
            return Results.Text((ready ? "ready: " : "not ready: ") + detail + "\n", statusCode: ready ? 200 : 503);
        });
        if (service is null) return;
        app.MapGet("/metrics", () => Results.Text(service.Metrics.Render(service.Outbox.Counts()), "text/plain; version=0.0.4; charset=utf-8"));
        var keys = new ApiKeyGate(app.Services.GetRequiredService<GraphQLHttpOptions>());
        var options = app.Services.GetRequiredService<IngestionOptions>();
        app.MapPost("/articles", async (HttpContext http, CancellationToken _) => await PostArticleAsync(http, service, options, keys).ConfigureAwait(false));
        SourceEndpoints.Map(app, service, keys);
    }




    /// <summary>
    /// <c>POST /articles</c>: the body is the article (text/plain, text/markdown, text/html or application/json
    /// {title,url,publishedAt,text}); <c>?id=</c>, <c>?url=</c>, <c>?title=</c> add metadata. Recorded in the queue, then
    /// 202 Accepted with the item id; <c>?wait=true</c> waits for the outcome. Needs an API key, like mutations.
    /// </summary>
    private static async Task<IResult> PostArticleAsync(HttpContext http, IngestionService service, IngestionOptions options, ApiKeyGate keys)
    {
        if (keys.Refuse(http) is { } refused) return refused;

        using var body = new MemoryStream();
        var buffer = new byte[81_920];
        int read;
        while ((read = await http.Request.Body.ReadAsync(buffer, http.RequestAborted).ConfigureAwait(false)) > 0)
        {
            body.Write(buffer, 0, read);
            if (body.Length > options.MaxArticleBytes) return ApiKeyGate.Problem(413, $"the article is larger than {options.MaxArticleBytes:N0} bytes (Ingestion:MaxArticleBytes)");
        }

        if (body.Length == 0) return ApiKeyGate.Problem(400, "the body is empty: send the article's text, HTML or JSON");
        var bytes = body.ToArray();
        var query = http.Request.Query;
        var contentType = http.Request.ContentType;
        var url = query["url"].FirstOrDefault() ?? JsonUrl(bytes, contentType);
        var articleId = QueueIngestor.ArticleIdOf(query["id"].FirstOrDefault(), url, bytes);
        var itemId = service.Enqueue(new OutboxItem
        {
            Source = "api",
            Kind = ItemKind.Content,
            ArticleId = articleId,
            Location = articleId,
            Content = bytes,
            ContentType = contentType,
            Metadata = new ItemMetadata(query["title"].FirstOrDefault(), url, query["source"].FirstOrDefault()),
        });
        if (!string.Equals(query["wait"].FirstOrDefault(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Json(new { item = itemId, articleId, state = "pending" }, statusCode: 202);
        }

        var done = await service.WaitAsync(itemId, TimeSpan.FromSeconds(60), http.RequestAborted).ConfigureAwait(false);
        return done is null
            ? Results.Json(new { item = itemId, articleId, state = "pending" }, statusCode: 202)
            : Results.Json(new { item = itemId, articleId, state = done.State.ToString().ToLowerInvariant(), outcome = done.Outcome, statements = done.Put?.Statements, error = done.State == ItemState.Dead ? done.Message : null },
                statusCode: done.State == ItemState.Dead ? 422 : 200);
    }


    // A JSON article names its URL inside: use it as the article's id, as a folder's JSON file would not need to.
    private static string? JsonUrl(byte[] bytes, string? contentType)
    {
        if (contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true) return null;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String
                ? url.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null; // the worker reports the malformed JSON as the item's error
        }
    }

    private static string? FindSamples()
    {
        // From the working folder (./graph serve at the repository root), else beside the built program (.build/cli → root).
        foreach (var candidate in new[] { SampleFolder, Path.Combine(AppContext.BaseDirectory, "..", "..", SampleFolder) })
        {
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }

        return null;
    }
}
