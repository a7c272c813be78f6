using System.Collections.Concurrent;
using Graph.Core.Model;
using Graph.Store;

namespace Graph.Api.Tests.Support;

/// <summary>
/// A counting decorator around a real store (not a stand-in): every call goes to the store it wraps, and is counted
/// by method name, so a test can prove how many store calls a GraphQL request costs.
/// </summary>
internal sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public int Total => _calls.Values.Sum();

    public IReadOnlyDictionary<string, int> Calls => new Dictionary<string, int>(_calls);

    public void Reset() => _calls.Clear();

    private T Count<T>(string method, T result)
    {
        _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        return result;
    }

    public Task<PutResult> PutArticleAsync(ArticleFacts facts, CancellationToken cancellationToken = default) => Count(nameof(PutArticleAsync), inner.PutArticleAsync(facts, cancellationToken));

    public Task<IReadOnlyList<PutResult>> PutArticlesAsync(IReadOnlyList<ArticleFacts> batch, CancellationToken cancellationToken = default) => Count(nameof(PutArticlesAsync), inner.PutArticlesAsync(batch, cancellationToken));

    public Task<bool> RetractArticleAsync(string articleId, CancellationToken cancellationToken = default) => Count(nameof(RetractArticleAsync), inner.RetractArticleAsync(articleId, cancellationToken));

    public Task<Entity> MergeEntitiesAsync(string keptId, string mergedId, CancellationToken cancellationToken = default) => Count(nameof(MergeEntitiesAsync), inner.MergeEntitiesAsync(keptId, mergedId, cancellationToken));

    public Task<Entity> AddAliasAsync(string entityId, string alias, CancellationToken cancellationToken = default) => Count(nameof(AddAliasAsync), inner.AddAliasAsync(entityId, alias, cancellationToken));

    public Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default) => Count(nameof(GetEntityAsync), inner.GetEntityAsync(id, cancellationToken));

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Count(nameof(GetEntitiesAsync), inner.GetEntitiesAsync(ids, cancellationToken));

    public Task<IReadOnlyList<Entity>> FindEntitiesByNameAsync(string nameOrAlias, CancellationToken cancellationToken = default) => Count(nameof(FindEntitiesByNameAsync), inner.FindEntitiesByNameAsync(nameOrAlias, cancellationToken));

    public Task<Page<EntityHit>> SearchEntitiesAsync(EntitySearch query, CancellationToken cancellationToken = default) => Count(nameof(SearchEntitiesAsync), inner.SearchEntitiesAsync(query, cancellationToken));

    public Task<Page<Entity>> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default) => Count(nameof(ListEntitiesAsync), inner.ListEntitiesAsync(query, cancellationToken));

    public Task<Page<Relation>> GetRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default) => Count(nameof(GetRelationsAsync), inner.GetRelationsAsync(query, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<Relation>>> GetRelationsOfManyAsync(IReadOnlyCollection<string> entityIds, RelationQuery filter, CancellationToken cancellationToken = default) => Count(nameof(GetRelationsOfManyAsync), inner.GetRelationsOfManyAsync(entityIds, filter, cancellationToken));

    public Task<Page<Relation>> SearchRelationsAsync(RelationSearch query, CancellationToken cancellationToken = default) => Count(nameof(SearchRelationsAsync), inner.SearchRelationsAsync(query, cancellationToken));

    public Task<Relation?> GetRelationAsync(string relationId, CancellationToken cancellationToken = default) => Count(nameof(GetRelationAsync), inner.GetRelationAsync(relationId, cancellationToken));

    public Task<Neighborhood> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default) => Count(nameof(GetNeighborhoodAsync), inner.GetNeighborhoodAsync(query, cancellationToken));

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) => Count(nameof(FindPathsAsync), inner.FindPathsAsync(query, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Evidence>>> GetEvidenceAsync(IReadOnlyCollection<string> relationIds, int maxPerRelation = 20, CancellationToken cancellationToken = default) => Count(nameof(GetEvidenceAsync), inner.GetEvidenceAsync(relationIds, maxPerRelation, cancellationToken));

    public Task<IReadOnlyList<Evidence>> GetTimelineAsync(string entityId, DateTimeOffset? since, DateTimeOffset? until, int limit = 200, CancellationToken cancellationToken = default) => Count(nameof(GetTimelineAsync), inner.GetTimelineAsync(entityId, since, until, limit, cancellationToken));

    public Task<Article?> GetArticleAsync(string id, CancellationToken cancellationToken = default) => Count(nameof(GetArticleAsync), inner.GetArticleAsync(id, cancellationToken));

    public Task<Page<Article>> GetArticlesAsync(ArticleQuery query, CancellationToken cancellationToken = default) => Count(nameof(GetArticlesAsync), inner.GetArticlesAsync(query, cancellationToken));

    public Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default) => Count(nameof(GetCountsAsync), inner.GetCountsAsync(cancellationToken));

    public Task<GraphSnapshot> ReadAllAsync(CancellationToken cancellationToken = default) => Count(nameof(ReadAllAsync), inner.ReadAllAsync(cancellationToken));

    // The server that opened the inner store disposes it.
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
