using System.Globalization;
using Graph.Core.Model;
using Graph.GraphQL.Execution;
using Graph.Store;

namespace Graph.Api.Loading;

/// <summary>
/// The request's data loaders over the store: whatever one execution wave asks of the same kind goes to the store
/// in one call (entities by id, relations of many entities, evidence of many relations), so a page of entities with
/// their relations and evidence costs a fixed number of store calls, however long the page.
/// </summary>
internal static class Loaders
{
    public static Task<Entity?> EntityAsync(ResolveContext context, IGraphStore store, string id) => EntityLoader(context, store).LoadAsync(id);

    /// <summary>Entities a read already returned (a neighborhood's nodes, a path's): their relations' ends then load without a store call.</summary>
    public static void PrimeEntities(ResolveContext context, IGraphStore store, IEnumerable<Entity> entities)
    {
        var loader = EntityLoader(context, store);
        foreach (var entity in entities) loader.Prime(entity.Id, entity);
    }

    private static DataLoader<string, Entity> EntityLoader(ResolveContext context, IGraphStore store) =>
        context.Loaders.GetOrAdd<string, Entity>("entity", async (ids, ct) => await store.GetEntitiesAsync(ids, ct).ConfigureAwait(false));

    /// <summary>The first page of an entity's relations under <paramref name="filter"/>; one store call per distinct filter.</summary>
    public static Task<Page<Relation>?> RelationsOfAsync(ResolveContext context, IGraphStore store, string entityId, RelationQuery filter) =>
        context.Loaders.GetOrAdd<string, Page<Relation>>("relations:" + Key(filter), async (ids, ct) =>
            await store.GetRelationsOfManyAsync(ids, filter, ct).ConfigureAwait(false)).LoadAsync(entityId);

    public static Task<IReadOnlyList<Evidence>?> EvidenceAsync(ResolveContext context, IGraphStore store, string relationId, int maxPerRelation) =>
        context.Loaders.GetOrAdd<string, IReadOnlyList<Evidence>>("evidence:" + maxPerRelation.ToString(CultureInfo.InvariantCulture), async (ids, ct) =>
            await store.GetEvidenceAsync(ids, maxPerRelation, ct).ConfigureAwait(false)).LoadAsync(relationId);

    /// <summary>
    /// Whole articles by id. The store port has no batch read of articles, so a batch reads each distinct id once
    /// (concurrently); evidence already carries an article's title, URL and date, so most queries never come here.
    /// </summary>
    public static Task<Article?> ArticleAsync(ResolveContext context, IGraphStore store, string id) =>
        context.Loaders.GetOrAdd<string, Article>("article", async (ids, ct) =>
        {
            var articles = await Task.WhenAll(ids.Select(i => store.GetArticleAsync(i, ct))).ConfigureAwait(false);
            return articles.OfType<Article>().ToDictionary(a => a.Id, StringComparer.Ordinal);
        }).LoadAsync(id);

    private static string Key(RelationQuery filter) => string.Join('|',
        filter.Direction, string.Join(',', filter.Types.Order(StringComparer.Ordinal)), filter.Since?.UtcTicks, filter.Until?.UtcTicks,
        filter.MinConfidence.ToString("R", CultureInfo.InvariantCulture), filter.MinSupport, filter.First);
}
