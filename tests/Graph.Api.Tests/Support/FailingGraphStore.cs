using Graph.Core.Model;
using Graph.Store;

namespace Graph.Api.Tests.Support;

/// <summary>
/// TEST DOUBLE (fault injection): the real store, except that reading counts throws an exception whose message and
/// stack hold internal details, to prove that nothing of it reaches a client.
/// </summary>
internal sealed class FailingGraphStore(IGraphStore inner) : IGraphStore
{
    public const string Secret = "secret-internal-detail /var/lib/graph/graph.db";

    public Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(Secret);

    public Task<PutResult> PutArticleAsync(ArticleFacts facts, CancellationToken cancellationToken = default) => inner.PutArticleAsync(facts, cancellationToken);

    public Task<IReadOnlyList<PutResult>> PutArticlesAsync(IReadOnlyList<ArticleFacts> batch, CancellationToken cancellationToken = default) => inner.PutArticlesAsync(batch, cancellationToken);

    public Task<bool> RetractArticleAsync(string articleId, CancellationToken cancellationToken = default) => inner.RetractArticleAsync(articleId, cancellationToken);

    public Task<Entity> MergeEntitiesAsync(string keptId, string mergedId, CancellationToken cancellationToken = default) => inner.MergeEntitiesAsync(keptId, mergedId, cancellationToken);

    public Task<Entity> AddAliasAsync(string entityId, string alias, CancellationToken cancellationToken = default) => inner.AddAliasAsync(entityId, alias, cancellationToken);

    public Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default) => inner.GetEntityAsync(id, cancellationToken);

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => inner.GetEntitiesAsync(ids, cancellationToken);

    public Task<IReadOnlyList<Entity>> FindEntitiesByNameAsync(string nameOrAlias, CancellationToken cancellationToken = default) => inner.FindEntitiesByNameAsync(nameOrAlias, cancellationToken);

    public Task<Page<EntityHit>> SearchEntitiesAsync(EntitySearch query, CancellationToken cancellationToken = default) => inner.SearchEntitiesAsync(query, cancellationToken);

    public Task<Page<Entity>> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default) => inner.ListEntitiesAsync(query, cancellationToken);

    public Task<Page<Relation>> GetRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default) => inner.GetRelationsAsync(query, cancellationToken);

    public Task<IReadOnlyDictionary<string, Page<Relation>>> GetRelationsOfManyAsync(IReadOnlyCollection<string> entityIds, RelationQuery filter, CancellationToken cancellationToken = default) => inner.GetRelationsOfManyAsync(entityIds, filter, cancellationToken);

    public Task<Page<Relation>> SearchRelationsAsync(RelationSearch query, CancellationToken cancellationToken = default) => inner.SearchRelationsAsync(query, cancellationToken);

    public Task<Relation?> GetRelationAsync(string relationId, CancellationToken cancellationToken = default) => inner.GetRelationAsync(relationId, cancellationToken);

    public Task<Neighborhood> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default) => inner.GetNeighborhoodAsync(query, cancellationToken);

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) => inner.FindPathsAsync(query, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Evidence>>> GetEvidenceAsync(IReadOnlyCollection<string> relationIds, int maxPerRelation = 20, CancellationToken cancellationToken = default) => inner.GetEvidenceAsync(relationIds, maxPerRelation, cancellationToken);

    public Task<IReadOnlyList<Evidence>> GetTimelineAsync(string entityId, DateTimeOffset? since, DateTimeOffset? until, int limit = 200, CancellationToken cancellationToken = default) => inner.GetTimelineAsync(entityId, since, until, limit, cancellationToken);

    public Task<Article?> GetArticleAsync(string id, CancellationToken cancellationToken = default) => inner.GetArticleAsync(id, cancellationToken);

    public Task<Page<Article>> GetArticlesAsync(ArticleQuery query, CancellationToken cancellationToken = default) => inner.GetArticlesAsync(query, cancellationToken);

    public Task<GraphSnapshot> ReadAllAsync(CancellationToken cancellationToken = default) => inner.ReadAllAsync(cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
