using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Api;
using Graph.GraphQL.Types;
using Graph.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Graph.Bench.Api;

/// <summary>
/// The baseline: ordinary minimal-API endpoints, written as one would without GraphQL (store calls, then
/// <c>TypedResults.Json</c> of anonymous objects), returning byte for byte the JSON the GraphQL queries return.
/// </summary>
internal static class PlainEndpoints
{
    // The GraphQL responses' escaping (non-ASCII and quotes as they are), so both bodies are the same bytes.
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly DateTimeScalar Dates = new();

    public static void Map(IEndpointRouteBuilder app, IGraphStore store)
    {
        app.MapGet("/plain/entity/{id}", async (string id, CancellationToken ct) => TypedResults.Json(await EntityAsync(store, id, ct).ConfigureAwait(false), Json));
        app.MapGet("/plain/relations/{id}", async (string id, CancellationToken ct) => TypedResults.Json(await RelationsAsync(store, id, ct).ConfigureAwait(false), Json));
        app.MapGet("/plain/neighborhood/{id}", async (string id, CancellationToken ct) => TypedResults.Json(await NeighborhoodAsync(store, id, ct).ConfigureAwait(false), Json));
    }

    /// <summary>The body of a scenario's plain response (an object for the JSON serializer), by scenario key.</summary>
    public static Task<object> BodyAsync(string scenario, IGraphStore store, string id, CancellationToken ct) => scenario switch
    {
        "entity" => EntityAsync(store, id, ct),
        "relations" => RelationsAsync(store, id, ct),
        "neighborhood" => NeighborhoodAsync(store, id, ct),
        _ => throw new ArgumentException($"no plain endpoint for '{scenario}'", nameof(scenario)),
    };

    private static async Task<object> EntityAsync(IGraphStore store, string id, CancellationToken ct)
    {
        var entity = await store.GetEntityAsync(id, ct).ConfigureAwait(false);
        return new { data = new { entity = entity is null ? null : new { name = entity.Name, type = entity.Type } } };
    }

    private static async Task<object> RelationsAsync(IGraphStore store, string id, CancellationToken ct)
    {
        var entity = await store.GetEntityAsync(id, ct).ConfigureAwait(false);
        if (entity is null) return new { data = new { entity = (object?)null } };
        var relations = await store.GetRelationsAsync(new RelationQuery(id) { First = 20 }, ct).ConfigureAwait(false);
        var ends = await store.GetEntitiesAsync(relations.Items.SelectMany(r => new[] { r.SubjectId, r.ObjectId }).ToHashSet(), ct).ConfigureAwait(false);
        var evidence = await store.GetEvidenceAsync(relations.Items.Select(r => r.Id).ToList(), 5, ct).ConfigureAwait(false);
        var nodes = relations.Items.Select(r => new
        {
            type = r.Type,
            subject = new { name = ends[r.SubjectId].Name },
            @object = new { name = ends[r.ObjectId].Name },
            support = r.Support,
            confidence = r.Confidence,
            firstSeen = Dates.Serialize(r.FirstSeen),
            lastSeen = Dates.Serialize(r.LastSeen),
            evidence = evidence.GetValueOrDefault(r.Id, []).Select(e => new
            {
                sentence = e.Sentence,
                confidence = e.Confidence,
                article = new { title = e.ArticleTitle, url = e.ArticleUrl },
            }),
        });
        return new
        {
            data = new { entity = (object?)new { name = entity.Name, type = entity.Type, relations = new { totalCount = relations.TotalCount, nodes } } },
        };
    }

    private static async Task<object> NeighborhoodAsync(IGraphStore store, string id, CancellationToken ct)
    {
        var neighborhood = await store.GetNeighborhoodAsync(new NeighborhoodQuery(id, 2, 200), ct).ConfigureAwait(false);
        // An unknown entity has no neighborhood at all (null), as in the GraphQL field.
        object? body = neighborhood.Nodes.Count == 0 ? null : new
        {
            nodes = neighborhood.Nodes.Select(n => new { id = GlobalId.Of(GlobalId.Entity, n.Id), name = n.Name, type = n.Type }),
            edges = neighborhood.Edges.Select(r => new
            {
                id = GlobalId.Of(GlobalId.Relation, r.Id),
                type = r.Type,
                subject = new { id = GlobalId.Of(GlobalId.Entity, r.SubjectId) },
                @object = new { id = GlobalId.Of(GlobalId.Entity, r.ObjectId) },
            }),
            truncated = neighborhood.Truncated,
        };
        return new { data = new { neighborhood = body } };
    }
}
