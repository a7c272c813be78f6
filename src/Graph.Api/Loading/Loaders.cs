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

    /// <summary>An entity as a resolver's result (see <see cref="DataLoader{TKey, TValue}.LoadObjectAsync"/>).</summary>
    public static ValueTask<object?> EntityObjectAsync(ResolveContext context, IGraphStore store, string id) => EntityLoader(context, store).LoadObjectAsync(id);

    /// <summary>Entities a read already returned (a neighborhood's nodes, a path's): their relations' ends then load without a store call.</summary>
    public static void PrimeEntities(ResolveContext context, IGraphStore store, IEnumerable<Entity> entities)
    {
        var loader = EntityLoader(context, store);
        foreach (var entity in entities) loader.Prime(entity.Id, entity);
    }

    /// <summary>One entity at hand (the parent of its relations, an end of all of them): its id then loads without a store call.</summary>
    public static void PrimeEntity(ResolveContext context, IGraphStore store, Entity entity) => EntityLoader(context, store).Prime(entity.Id, entity);

    private static DataLoader<string, Entity> EntityLoader(ResolveContext context, IGraphStore store) =>
        context.Loaders.GetOrAdd("entity", Batches.Of(store).Entities);

    /// <summary>The first page of an entity's relations under <paramref name="filter"/>; one store call per distinct filter.</summary>
    public static Task<Page<Relation>?> RelationsOfAsync(ResolveContext context, IGraphStore store, string entityId, RelationQuery filter) =>
        context.Loaders.GetOrAdd<string, Page<Relation>>("relations:" + Key(filter), async (ids, ct) =>
            await Translated(store.GetRelationsOfManyAsync(ids, filter, ct)).ConfigureAwait(false)).LoadAsync(entityId);

    /// <summary>A relation's newest evidence as a resolver's result: never null (a relation without evidence has an empty list).</summary>
    public static ValueTask<object?> EvidenceObjectAsync(ResolveContext context, IGraphStore store, string relationId, int maxPerRelation) =>
        context.Loaders.GetOrAdd(EvidenceLoaderName(maxPerRelation), Batches.Of(store).Evidence(maxPerRelation)).LoadObjectAsync(relationId);

    /// <summary>
    /// Whole articles by id. The store port has no batch read of articles, so a batch reads each distinct id once
    /// (concurrently); evidence already carries an article's title, URL and date, so most queries never come here.
    /// </summary>
    public static Task<Article?> ArticleAsync(ResolveContext context, IGraphStore store, string id) =>
        context.Loaders.GetOrAdd<string, Article>("article", async (ids, ct) =>
        {
            var articles = await Translated(Task.WhenAll(ids.Select(i => store.GetArticleAsync(i, ct)))).ConfigureAwait(false);
            return articles.OfType<Article>().ToDictionary(a => a.Id, StringComparer.Ordinal);
        }).LoadAsync(id);

    private static string Key(RelationQuery filter) => string.Join('|',
        filter.Direction, string.Join(',', filter.Types.Order(StringComparer.Ordinal)), filter.Since?.UtcTicks, filter.Until?.UtcTicks,
        filter.MinConfidence.ToString("R", CultureInfo.InvariantCulture), filter.MinSupport, filter.First);

    private static readonly string[] EvidenceLoaderNames = [.. Enumerable.Range(0, 21).Select(n => "evidence:" + n.ToString(CultureInfo.InvariantCulture))];

    private static string EvidenceLoaderName(int maxPerRelation) =>
        maxPerRelation >= 0 && maxPerRelation < EvidenceLoaderNames.Length
            ? EvidenceLoaderNames[maxPerRelation]
            : "evidence:" + maxPerRelation.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A store failure as the client reads it (see <see cref="StoreFailures"/>), already in the batch: the fields that
    /// waited for it then return the load as it is, with no async wrapper of their own to translate it.
    /// </summary>
    private static async Task<T> Translated<T>(Task<T> read)
    {
        try
        {
            return await read.ConfigureAwait(false);
        }
        catch (Exception e) when (StoreFailures.Translate(e) is { } error)
        {
            throw error;
        }
    }

    /// <summary>The batch functions over one store, made once (not a closure and a delegate per load).</summary>
    private sealed class Batches
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IGraphStore, Batches> OfStore = [];
        private readonly IGraphStore _store;
        private readonly BatchFunction<string, IReadOnlyList<Evidence>>?[] _evidence = new BatchFunction<string, IReadOnlyList<Evidence>>?[EvidenceLoaderNames.Length];

        private Batches(IGraphStore store)
        {
            _store = store;
            Entities = async (ids, ct) => await Translated(store.GetEntitiesAsync(ids, ct)).ConfigureAwait(false);
        }

        public static Batches Of(IGraphStore store) => OfStore.GetValue(store, s => new Batches(s));

        public BatchFunction<string, Entity> Entities { get; }

        public BatchFunction<string, IReadOnlyList<Evidence>> Evidence(int maxPerRelation)
        {
            if (maxPerRelation < 0 || maxPerRelation >= _evidence.Length) return Make(_store, maxPerRelation);
            return _evidence[maxPerRelation] ??= Make(_store, maxPerRelation);

            static BatchFunction<string, IReadOnlyList<Evidence>> Make(IGraphStore store, int max) => async (ids, ct) =>
            {
                var found = await Translated(store.GetEvidenceAsync(ids, max, ct)).ConfigureAwait(false);
                if (found.Count >= ids.Count) return found;
                // A relation the store knows no evidence of has none: an empty list, never null, for the non-null field.
                var complete = new Dictionary<string, IReadOnlyList<Evidence>>(found, StringComparer.Ordinal);
                foreach (var id in ids) complete.TryAdd(id, []);
                return complete;
            };
        }
    }
}
