using Graph.Api.Loading;
using Graph.Api.Paging;
using Graph.Core.Model;
using Graph.GraphQL.Execution;
using Graph.GraphQL.Types;
using Graph.Store;

namespace Graph.Api.Schema;

/// <summary>The <c>Query</c> root: look-ups, searches, walks and counts over the graph.</summary>
internal static class QuerySchema
{
    public static void Add(SchemaBuilder schema, GraphApiServices services)
    {
        var store = services.Store;
        schema.Enum("EntityOrder", e => e
            .Description("How `entities` orders its matches.")
            .Value("RELEVANCE", "RELEVANCE", "Best match first (the default); without `search`, the same as MENTIONS.")
            .Value("NAME", "NAME", "By name, A to Z (case and accents folded), then by id.")
            .Value("MENTIONS", "MENTIONS", "Most mentioned first, then by id."));
        schema.Object("Neighborhood", t => t
            .Description("A subgraph around an entity, ready to draw.")
            .Field("nodes", "[Entity!]!", (Neighborhood p) => p.Nodes)
            .Field("edges", "[Relation!]!", (Neighborhood p) => p.Edges)
            .Field("truncated", "Boolean!", f => f.Description("True when the node limit cut it short.").FromParent((Neighborhood p) => p.Truncated)));
        schema.Object("Path", t => t
            .Description("A chain of relations between two entities (each relation in either direction).")
            .Field("nodes", "[Entity!]!", (GraphPath p) => p.Nodes)
            .Field("edges", "[Relation!]!", (GraphPath p) => p.Edges)
            .Field("length", "Int!", (GraphPath p) => p.Edges.Count));
        schema.Object("Stats", t => t
            .Description("The size of the graph.")
            .Field("articles", "Int!", (GraphCounts p) => p.Articles)
            .Field("entities", "Int!", (GraphCounts p) => p.Entities)
            .Field("relations", "Int!", (GraphCounts p) => p.Relations)
            .Field("statements", "Int!", (GraphCounts p) => p.Statements)
            .Field("entitiesByType", "[TypeCount!]!", c => Sorted(c.Parent<GraphCounts>().EntitiesByType))
            .Field("relationsByType", "[TypeCount!]!", c => Sorted(c.Parent<GraphCounts>().RelationsByType)));

        schema.Object("Query", t => t
            .Field("node", "Node", f => f
                .Description("Any object by its global id (Relay).")
                .Argument("id", "ID!")
                .Resolve(StoreErrors.Guard(c => NodeAsync(c, store))))
            .Field("entity", "Entity", f => f
                .Description("An entity by id, or by a name or alias (the most mentioned when several share it). Give exactly one.")
                .Argument("id", "ID")
                .Argument("name", "String")
                .Resolve(StoreErrors.Guard(c => EntityAsync(c, store))))
            .Field("entities", "EntityConnection!", f => f
                .Description("Every entity, or those whose name or alias matches `search` (prefixes match: `puti` finds Putin), in the order asked; pages reach the end of the list in any order.")
                .Argument("search", "String", a => a.Description("Words every match must start a word of its name or an alias with; all entities when absent."))
                .Argument("types", "[String!]", a => a.Description("Entity types to keep; all when absent."))
                .Argument("orderBy", "EntityOrder", a => a.Default("RELEVANCE"))
                .Argument("first", "Int", a => a.Default(20))
                .Argument("after", "String")
                .Resolve(StoreErrors.Guard(c => EntitiesAsync(c, services))))
            .Field("relation", "Relation", f => f
                .Argument("id", "ID!")
                .Resolve(StoreErrors.Guard(async c => await store.GetRelationAsync(GlobalId.StoreId(c.Argument<string>("id"), GlobalId.Relation), c.CancellationToken).ConfigureAwait(false))))
            .Field("relations", "RelationConnection!", f => f
                .Description("Relations across the graph, strongest first, filtered by type, ends and time.")
                .Argument("types", "[String!]")
                .Argument("subject", "ID", a => a.Description("Only relations whose subject is this entity."))
                .Argument("object", "ID", a => a.Description("Only relations whose object is this entity."))
                .Argument("since", "DateTime", a => a.Description("Only relations last seen at or after this time."))
                .Argument("until", "DateTime", a => a.Description("Only relations first seen at or before this time."))
                .Argument("minSupport", "Int", a => a.Default(1))
                .Argument("first", "Int", a => a.Default(50))
                .Argument("after", "String")
                .Resolve(StoreErrors.Guard(async c =>
                {
                    var search = new RelationSearch
                    {
                        Types = Args.RelationTypes(c, services),
                        SubjectId = Args.String(c, "subject") is { } s ? GlobalId.StoreId(s, GlobalId.Entity) : null,
                        ObjectId = Args.String(c, "object") is { } o ? GlobalId.StoreId(o, GlobalId.Entity) : null,
                        Since = Args.Date(c, "since"),
                        Until = Args.Date(c, "until"),
                        MinSupport = Args.Int(c, "minSupport", 1),
                    };
                    return await Connections.ReadAsync(Args.String(c, "after"), Args.First(c, services, 50), (after, count) =>
                        store.SearchRelationsAsync(search with { First = count, After = after }, c.CancellationToken)).ConfigureAwait(false);
                })))
            .Field("neighborhood", "Neighborhood", f => f
                .Description("The entities within `hops` relations of an entity, and the relations among them; null for an unknown entity.")
                .Argument("id", "ID!")
                .Argument("hops", "Int", a => a.Default(1).Description("1 to 3."))
                .Argument("types", "[String!]")
                .Argument("minConfidence", "Float", a => a.Default(0.0))
                .Argument("limit", "Int", a => a.Default(200).Description("At most this many nodes (1 to 1000)."))
                .Resolve(StoreErrors.Guard(async c =>
                {
                    var id = GlobalId.StoreId(c.Argument<string>("id"), GlobalId.Entity);
                    var query = new NeighborhoodQuery(id, Args.Bounded(c, "hops", 1, 1, 3), Args.Bounded(c, "limit", 200, 1, 1000))
                    {
                        Types = Args.RelationTypes(c, services),
                        MinConfidence = Args.Float(c, "minConfidence", 0),
                    };
                    var neighborhood = await store.GetNeighborhoodAsync(query, c.CancellationToken).ConfigureAwait(false);
                    // The store's contract: an unknown entity has no nodes at all (a known one is always its own first node).
                    if (neighborhood.Nodes.Count == 0) return null;
                    // The edges' ends are among the nodes: drawing them needs no second read of the same entities.
                    Loaders.PrimeEntities(c, store, neighborhood.Nodes);
                    return neighborhood;
                })))
            .Field("paths", "[Path!]!", f => f
                .Description("The shortest chains of relations between two entities.")
                .Argument("from", "ID!")
                .Argument("to", "ID!")
                .Argument("maxHops", "Int", a => a.Default(4).Description("1 to 6."))
                .Argument("types", "[String!]")
                .Argument("limit", "Int", a => a.Default(10).Description("At most this many paths (1 to 100)."))
                .Resolve(StoreErrors.Guard(async c =>
                {
                    var query = new PathQuery(
                        GlobalId.StoreId(c.Argument<string>("from"), GlobalId.Entity),
                        GlobalId.StoreId(c.Argument<string>("to"), GlobalId.Entity),
                        Args.Bounded(c, "maxHops", 4, 1, 6),
                        Args.Bounded(c, "limit", 10, 1, 100)) { Types = Args.RelationTypes(c, services) };
                    var paths = await store.FindPathsAsync(query, c.CancellationToken).ConfigureAwait(false);
                    Loaders.PrimeEntities(c, store, paths.SelectMany(p => p.Nodes));
                    return paths;
                })))
            .Field("timeline", "[Evidence!]!", f => f
                .Description("Every statement naming the entity, in article date order.")
                .Argument("entity", "ID!")
                .Argument("since", "DateTime")
                .Argument("until", "DateTime")
                .Argument("limit", "Int", a => a.Default(200).Description("1 to 1000."))
                .Resolve(StoreErrors.Guard(async c => await store.GetTimelineAsync(
                    GlobalId.StoreId(c.Argument<string>("entity"), GlobalId.Entity), Args.Date(c, "since"), Args.Date(c, "until"),
                    Args.Bounded(c, "limit", 200, 1, 1000), c.CancellationToken).ConfigureAwait(false))))
            .Field("articles", "ArticleConnection!", f => f
                .Description("Articles, newest first; only those mentioning `entity` when given.")
                .Argument("entity", "ID")
                .Argument("first", "Int", a => a.Default(50))
                .Argument("after", "String")
                .Resolve(StoreErrors.Guard(async c =>
                {
                    var entity = Args.String(c, "entity") is { } e ? GlobalId.StoreId(e, GlobalId.Entity) : null;
                    return await Connections.ReadAsync(Args.String(c, "after"), Args.First(c, services, 50), async (after, count) =>
                    {
                        var page = await store.GetArticlesAsync(new ArticleQuery { EntityId = entity, First = count, After = after }, c.CancellationToken).ConfigureAwait(false);
                        return new Page<ArticleView>([.. page.Items.Select(ArticleView.Of)], page.TotalCount, page.EndCursor, page.HasNextPage);
                    }).ConfigureAwait(false);
                })))
            .Field("article", "Article", f => f
                .Argument("id", "ID!")
                .Resolve(StoreErrors.Guard(async c =>
                    await store.GetArticleAsync(GlobalId.StoreId(c.Argument<string>("id"), GlobalId.Article), c.CancellationToken).ConfigureAwait(false) is { } a
                        ? ArticleView.Of(a)
                        : null)))
            .Field("stats", "Stats!", f => f.Resolve(StoreErrors.Guard(async c => await store.GetCountsAsync(c.CancellationToken).ConfigureAwait(false)))));
    }

    private static IEnumerable<KeyValuePair<string, int>> Sorted(IReadOnlyDictionary<string, int> counts) =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal);

    private static async Task<object?> NodeAsync(ResolveContext c, IGraphStore store)
    {
        var id = c.Argument<string>("id");
        if (GlobalId.Parse(id) is not { } parsed) return null;
        return parsed.Type switch
        {
            GlobalId.Entity => await Loaders.EntityAsync(c, store, parsed.StoreId).ConfigureAwait(false),
            GlobalId.Relation => await store.GetRelationAsync(parsed.StoreId, c.CancellationToken).ConfigureAwait(false),
            _ => await store.GetArticleAsync(parsed.StoreId, c.CancellationToken).ConfigureAwait(false) is { } a ? ArticleView.Of(a) : null,
        };
    }

    private static async Task<object?> EntityAsync(ResolveContext c, IGraphStore store)
    {
        var id = Args.String(c, "id");
        var name = Args.String(c, "name");
        if ((id is null) == (name is null)) throw new GraphQLException("Give exactly one of \"id\" and \"name\".", ErrorCodes.BadUserInput);
        // One entity at the root: read at once. A data loader batches many reads of one wave, and a root field has
        // nothing to batch with but its aliased siblings; its machinery cost more than this request's read.
        if (id is not null) return await store.GetEntityAsync(GlobalId.StoreId(id, GlobalId.Entity), c.CancellationToken).ConfigureAwait(false);
        var found = await store.FindEntitiesByNameAsync(name!, c.CancellationToken).ConfigureAwait(false);
        return found.OrderByDescending(e => e.MentionCount).ThenBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault();
    }

    private static async Task<object?> EntitiesAsync(ResolveContext c, GraphApiServices services)
    {
        var store = services.Store;
        var text = Args.String(c, "search");
        var types = Args.EntityTypes(c, services);
        var first = Args.First(c, services, 20);
        var after = Args.String(c, "after");
        var order = c.ArgumentOrDefault("orderBy", "RELEVANCE");
        if (order == "RELEVANCE" && text is not null)
        {
            var search = new EntitySearch(text) { Types = types };
            return await Connections.ReadAsync(after, first, async (storeAfter, count) =>
            {
                var page = await store.SearchEntitiesAsync(search with { First = count, After = storeAfter }, c.CancellationToken).ConfigureAwait(false);
                return new Page<Entity>([.. page.Items.Select(h => h.Entity)], page.TotalCount, page.EndCursor, page.HasNextPage);
            }).ConfigureAwait(false);
        }
        // Relevance needs a text to rank by: without one, the most mentioned come first (the field's documented fallback).
        var list = new EntityListQuery { Search = text, Types = types, Order = order == "NAME" ? EntityOrder.Name : EntityOrder.Mentions };
        return await Connections.ReadAsync(after, first, (storeAfter, count) =>
            store.ListEntitiesAsync(list with { First = count, After = storeAfter }, c.CancellationToken)).ConfigureAwait(false);
    }
}
