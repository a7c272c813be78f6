using Graph.Api.Loading;
using Graph.Api.Paging;
using Graph.Core.Model;
using Graph.GraphQL.Execution;
using Graph.GraphQL.Types;
using Graph.Store;

namespace Graph.Api.Schema;

/// <summary>The <c>Entity</c> type: one real-world thing across all articles, with its relations, neighbours and articles.</summary>
internal static class EntitySchema
{
    public static void Add(SchemaBuilder schema, GraphApiServices services)
    {
        var store = services.Store;
        schema.Object("Entity", t => t
            .Description("One real-world thing (person, organisation, place, group, event) across all articles: one node of the graph.")
            .Implements("Node")
            .IsTypeOf<Entity>()
            .Field("id", "ID!", c => GlobalId.Of(GlobalId.Entity, c.Parent<Entity>().Id))
            .Field("key", "String!", f => f.Description("The store's own id (as the CLI shows it), e.g. `person:vladimir-putin`; every ID argument accepts it too.")
                .FromParent((Entity p) => p.Id))
            .Field("name", "String!", (Entity p) => p.Name)
            .Field("type", "String!", f => f.Description("An entity type of the ontology: PERSON, ORGANIZATION, LOCATION, GROUP, EVENT, …").FromParent((Entity p) => p.Type))
            .Field("aliases", "[String!]!", (Entity p) => p.Aliases)
            .Field("mentionCount", "Int!", f => f.Description("How many stored statements name this entity.").FromParent((Entity p) => p.MentionCount))
            .Field("relations", "RelationConnection!", f => f
                .Description("Its relations, strongest (most supported) first.")
                .Argument("direction", "Direction", a => a.Default(Direction.Both))
                .Argument("types", "[String!]", a => a.Description("Relation types to keep; all when absent."))
                .Argument("since", "DateTime", a => a.Description("Only relations last seen at or after this time."))
                .Argument("until", "DateTime", a => a.Description("Only relations first seen at or before this time."))
                .Argument("minConfidence", "Float", a => a.Default(0.0))
                .Argument("first", "Int", a => a.Default(20))
                .Argument("after", "String")
                .Resolve(StoreErrors.Guard(async c => await RelationsAsync(c, services, store).ConfigureAwait(false))))
            .Field("neighbors", "[Entity!]!", f => f
                .Description("The entities at the other end of its strongest relations, each once.")
                .Argument("direction", "Direction", a => a.Default(Direction.Both))
                .Argument("types", "[String!]")
                .Argument("first", "Int", a => a.Default(20))
                .Resolve(StoreErrors.Guard(async c => await NeighborsAsync(c, services, store).ConfigureAwait(false))))
            .Field("articles", "ArticleConnection!", f => f
                .Description("The articles that mention it, newest first.")
                .Argument("first", "Int", a => a.Default(20))
                .Argument("after", "String")
                .Resolve(StoreErrors.Guard(async c =>
                {
                    var id = c.Parent<Entity>().Id;
                    var first = Args.First(c, services, 20);
                    return await Connections.ReadAsync(Args.String(c, "after"), first, async (after, count) =>
                    {
                        var page = await store.GetArticlesAsync(new ArticleQuery { EntityId = id, First = count, After = after }, c.CancellationToken).ConfigureAwait(false);
                        return new Page<ArticleView>([.. page.Items.Select(ArticleView.Of)], page.TotalCount, page.EndCursor, page.HasNextPage);
                    }).ConfigureAwait(false);
                }))));
        CommonTypes.AddConnection<Entity>(schema, "Entity", "A page of entities.");
    }

    private static RelationQuery Filter(ResolveContext c, GraphApiServices services, string entityId, int first) => new(entityId)
    {
        Direction = c.ArgumentOrDefault("direction", Direction.Both),
        Types = Args.RelationTypes(c, services),
        Since = Args.Date(c, "since"),
        Until = Args.Date(c, "until"),
        MinConfidence = Args.Float(c, "minConfidence", 0),
        First = first,
    };

    private static async Task<object?> RelationsAsync(ResolveContext c, GraphApiServices services, IGraphStore store)
    {
        var entity = c.Parent<Entity>();
        var first = Args.First(c, services, 20);
        var after = Args.String(c, "after");
        // Every relation has this entity at one end: a query for the ends then does not read it (and its aliases) again.
        Loaders.PrimeEntity(c, store, entity);
        if (after is null)
        {
            // The first page of many entities' relations goes out as one batch.
            var page = await Loaders.RelationsOfAsync(c, store, entity.Id, Filter(c, services, entity.Id, first)).ConfigureAwait(false);
            return Connections.From(page ?? new Page<Relation>([], 0, null, false));
        }
        return await Connections.ReadAsync(after, first, (storeAfter, count) =>
            store.GetRelationsAsync(Filter(c, services, entity.Id, count) with { After = storeAfter }, c.CancellationToken)).ConfigureAwait(false);
    }

    private static async Task<object?> NeighborsAsync(ResolveContext c, GraphApiServices services, IGraphStore store)
    {
        var entity = c.Parent<Entity>();
        var first = Args.First(c, services, 20);
        var page = await Loaders.RelationsOfAsync(c, store, entity.Id, Filter(c, services, entity.Id, first)).ConfigureAwait(false);
        var others = (page?.Items ?? []).Select(r => r.SubjectId == entity.Id ? r.ObjectId : r.SubjectId).Distinct(StringComparer.Ordinal).ToList();
        var loaded = await Task.WhenAll(others.Select(id => Loaders.EntityAsync(c, store, id))).ConfigureAwait(false);
        return loaded.OfType<Entity>().ToList();
    }
}
