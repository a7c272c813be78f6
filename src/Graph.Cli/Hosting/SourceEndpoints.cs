using System.Text.Json;
using Graph.Ingestion;
using Graph.Ingestion.Configuration;
using Graph.Ingestion.Sources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Graph.Cli.Hosting;

/// <summary>
/// Managing sources over HTTP, each behind the API key: <c>POST /sources</c> adds one at run time (recorded in the queue
/// file, so it is read again after a restart), <c>GET /sources</c> lists every source with its origin, and
/// <c>DELETE /sources/{name}</c> stops reading a run-time one (what it brought in stays in the graph).
/// </summary>
internal static class SourceEndpoints
{
    private static readonly JsonSerializerOptions SourceJson = new() { PropertyNameCaseInsensitive = true };

    public static void Map(WebApplication app, IngestionService service, ApiKeyGate keys)
    {
        // Two parameters, not HttpContext alone: see IngestionHosting (a lone HttpContext lambda binds as a RequestDelegate).
        app.MapPost("/sources", async (HttpContext http, CancellationToken _) => await PostAsync(http, service, keys).ConfigureAwait(false));
        app.MapGet("/sources", (HttpContext http, CancellationToken _) => keys.Refuse(http) ?? Results.Json(service.Sources.Describe().Select(s => View(s.Source, s.Origin))));
        app.MapDelete("/sources/{name}", async (HttpContext http, string name) => await DeleteAsync(http, service, keys, name).ConfigureAwait(false));
    }

    /// <summary>The body: <c>{"name","kind":"Folder|Url|Feed","location","schedule","retractMissing"}</c>, validated like configuration.</summary>
    private static async Task<IResult> PostAsync(HttpContext http, IngestionService service, ApiKeyGate keys)
    {
        if (keys.Refuse(http) is { } refused) return refused;
        SourceRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<SourceRequest>(http.Request.Body, SourceJson, http.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return ApiKeyGate.Problem(400, $"the body is not a source: {e.Message}");
        }

        if (request is null || !Enum.TryParse<SourceKind>(request.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            return ApiKeyGate.Problem(400, $"\"kind\" must be Folder, Url or Feed, not '{request?.Kind}'");
        }

        try
        {
            var report = await service.AddSourceAsync(new SourceOptions
            {
                Name = request.Name ?? "",
                Kind = kind,
                Location = request.Location ?? "",
                Schedule = request.Schedule,
                RetractMissing = request.RetractMissing ?? kind == SourceKind.Folder,
            }, http.RequestAborted).ConfigureAwait(false);
            return Results.Json(new { name = request.Name, queued = report?.Queued ?? 0 }, statusCode: 201);
        }
        catch (SourceNameTakenException e)
        {
            return ApiKeyGate.Problem(409, e.Message);
        }
        catch (IngestionConfigurationException e)
        {
            return ApiKeyGate.Problem(400, e.Message);
        }
    }

    private static async Task<IResult> DeleteAsync(HttpContext http, IngestionService service, ApiKeyGate keys, string name)
    {
        if (keys.Refuse(http) is { } refused) return refused;
        try
        {
            return await service.RemoveSourceAsync(name).ConfigureAwait(false)
                ? Results.NoContent()
                : ApiKeyGate.Problem(404, $"no source is named '{name}'");
        }
        catch (IngestionConfigurationException e)
        {
            return ApiKeyGate.Problem(409, e.Message);
        }
    }

    private static object View(SourceOptions source, SourceOrigin origin) => new
    {
        name = source.Name,
        kind = source.Kind.ToString(),
        location = source.Location,
        schedule = source.Schedule,
        retractMissing = source.RetractMissing,
        origin = origin == SourceOrigin.Runtime ? "runtime" : "configuration",
    };

    private sealed record SourceRequest(string? Name, string? Kind, string? Location, string? Schedule, bool? RetractMissing);
}
