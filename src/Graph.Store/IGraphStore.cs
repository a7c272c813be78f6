using Graph.Core.Model;

namespace Graph.Store;

/// <summary>
/// The graph store: one port, two adapters (embedded SQLite, Neo4j over its Query API), one meaning,
/// proven by the contract suite in tests/Graph.Store.Tests.
/// </summary>
/// <remarks>
/// Writes are per article and atomic: <see cref="PutArticleAsync"/> replaces exactly that article's
/// statements, keeps anything other articles support, removes relations and entities that lose their
/// last support, and changes nothing at all when the content hash is the one already stored.
/// A failure part-way leaves the previous version intact.
/// </remarks>
public interface IGraphStore : IAsyncDisposable
{
    // ---- writes ----

    /// <summary>Puts an article with all its entities and statements as one atomic unit; entity resolution happens here.</summary>
    /// <exception cref="InvalidFactsException">The facts are inconsistent (<see cref="ArticleFacts.Problems"/>) or name an unknown type.</exception>
    Task<PutResult> PutArticleAsync(ArticleFacts facts, CancellationToken cancellationToken = default);

    /// <summary>Puts many articles; each is atomic on its own, and the batch may share one transaction for speed.</summary>
    Task<IReadOnlyList<PutResult>> PutArticlesAsync(IReadOnlyList<ArticleFacts> batch, CancellationToken cancellationToken = default);

    /// <summary>Removes exactly what the article contributed. False when the article was not stored.</summary>
    Task<bool> RetractArticleAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>Merges <paramref name="mergedId"/> into <paramref name="keptId"/> (manual curation): statements and aliases move; the merged entity disappears.</summary>
    Task<Entity> MergeEntitiesAsync(string keptId, string mergedId, CancellationToken cancellationToken = default);

    /// <summary>Adds an alias to an entity (manual curation). Returns the entity as it now is.</summary>
    Task<Entity> AddAliasAsync(string entityId, string alias, CancellationToken cancellationToken = default);

    // ---- reads ----

    Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Entities by id, for data loaders; unknown ids are simply absent from the result.</summary>
    Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Entities whose name or alias equals <paramref name="nameOrAlias"/> by <see cref="Core.Names.NameKey"/>: several when ambiguous.</summary>
    Task<IReadOnlyList<Entity>> FindEntitiesByNameAsync(string nameOrAlias, CancellationToken cancellationToken = default);

    /// <summary>Ranked full-text search over names and aliases (prefixes match: "puti" finds Putin).</summary>
    Task<Page<EntityHit>> SearchEntitiesAsync(EntitySearch query, CancellationToken cancellationToken = default);

    /// <summary>
    /// All entities (or the matches of <see cref="EntityListQuery.Search"/>) by name or most mentioned first, the
    /// total counting every entity the query keeps. Without a search, a page is an index walk from the cursor.
    /// </summary>
    /// <exception cref="ArgumentException">The cursor is not one this store gave out for this order (parameter name <c>after</c>).</exception>
    Task<Page<Entity>> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default);

    Task<Page<Relation>> GetRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default);

    /// <summary>The relations of many entities at once, each entity's list filtered and capped as <paramref name="filter"/> says (its EntityId and After are ignored).</summary>
    Task<IReadOnlyDictionary<string, Page<Relation>>> GetRelationsOfManyAsync(IReadOnlyCollection<string> entityIds, RelationQuery filter, CancellationToken cancellationToken = default);

    Task<Page<Relation>> SearchRelationsAsync(RelationSearch query, CancellationToken cancellationToken = default);

    Task<Relation?> GetRelationAsync(string relationId, CancellationToken cancellationToken = default);

    Task<Neighborhood> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default);

    /// <summary>The statements behind many relations at once (data loaders), newest article first.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Evidence>>> GetEvidenceAsync(IReadOnlyCollection<string> relationIds, int maxPerRelation = 20, CancellationToken cancellationToken = default);

    /// <summary>Every statement naming the entity, in article date order (for a timeline).</summary>
    Task<IReadOnlyList<Evidence>> GetTimelineAsync(string entityId, DateTimeOffset? since, DateTimeOffset? until, int limit = 200, CancellationToken cancellationToken = default);

    Task<Article?> GetArticleAsync(string id, CancellationToken cancellationToken = default);

    Task<Page<Article>> GetArticlesAsync(ArticleQuery query, CancellationToken cancellationToken = default);

    Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default);

    /// <summary>The whole graph in canonical order (ids ascending): for export, copying and snapshot comparisons.</summary>
    Task<GraphSnapshot> ReadAllAsync(CancellationToken cancellationToken = default);
}
