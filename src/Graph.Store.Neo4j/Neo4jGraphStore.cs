using Graph.Core.Model;
using Graph.Core.Ontology;
using Graph.Store.Neo4j.Cypher;
using Graph.Store.Neo4j.Http;
using Graph.Store.Neo4j.Reading;
using Graph.Store.Neo4j.Writing;
using Graph.Store.Rules;

namespace Graph.Store.Neo4j;

/// <summary>
/// The graph store on Neo4j, over its HTTP Query API. Every statement is a file under <c>cypher/</c>, sent with
/// parameters only. Each write (an article, a batch of articles, a curation) is one explicit transaction: on any
/// failure it is rolled back, and on a transient failure the whole unit is tried again from the start.
/// Aggregated facts are typed relationships (<c>(:Person)-[:MET]->(:Person)</c>) that Neo4j Browser shows directly;
/// their types and the entity labels are ontology names set with Cypher's dynamic labels (<c>$(…)</c>, Neo4j 5.26+).
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore
{
    private readonly QueryApiClient client;
    private readonly Neo4jStatements cypher;
    private readonly GraphOntology ontology;
    private readonly TimeProvider clock;
    private readonly Action<string>? faultInjectionAfterArticleWritten;
    private readonly GraphReads reads;
    private readonly EntityListing listing;

    private Neo4jGraphStore(QueryApiClient client, GraphOntology ontology, TimeProvider clock, Action<string>? faultInjectionAfterArticleWritten)
    {
        this.client = client;
        this.ontology = ontology;
        this.clock = clock;
        this.faultInjectionAfterArticleWritten = faultInjectionAfterArticleWritten;
        cypher = new Neo4jStatements(CypherCatalog.Embedded);
        reads = new GraphReads(client, cypher, ontology);
        listing = new EntityListing(client, cypher, ontology);
    }

    /// <summary>The client underneath (for its <see cref="QueryApiClient.Retrying"/> notices).</summary>
    public QueryApiClient Client => client;

    /// <summary>
    /// Connects and applies the schema (constraints, indexes, the full-text index; each <c>IF NOT EXISTS</c>, so idempotent),
    /// then gives the listing sort keys to any entity written without them (by an older version, or a copy or import).
    /// </summary>
    /// <param name="faultInjectionAfterArticleWritten">FAULT INJECTION for tests: called inside the write transaction after each article is written; a throw rolls the transaction back.</param>
    public static async Task<Neo4jGraphStore> OpenAsync(
        Neo4jOptions options,
        GraphOntology? ontology = null,
        TimeProvider? clock = null,
        Action<string>? faultInjectionAfterArticleWritten = null,
        CancellationToken cancellationToken = default)
    {
        var client = new QueryApiClient(options);
        var store = new Neo4jGraphStore(client, ontology ?? GraphOntology.Default, clock ?? TimeProvider.System, faultInjectionAfterArticleWritten);
        try
        {
            await store.ApplySchemaAsync(cancellationToken).ConfigureAwait(false);
            await EntityOrderKeys.BackfillAsync(client, store.cypher, cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Runs every schema statement (each in its own implicit transaction: Neo4j does not mix schema and data writes).</summary>
    public async Task ApplySchemaAsync(CancellationToken cancellationToken = default)
    {
        foreach (var statement in cypher.Schema)
        {
            await client.RunAsync(statement, null, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<PutResult> PutArticleAsync(ArticleFacts facts, CancellationToken cancellationToken = default) =>
        (await PutArticlesAsync([facts], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>Validates every article first, then writes the batch in one transaction: all of it or none of it.</summary>
    public async Task<IReadOnlyList<PutResult>> PutArticlesAsync(IReadOnlyList<ArticleFacts> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var facts in batch)
        {
            FactsValidator.EnsureValid(facts, ontology);
        }

        if (batch.Count == 0)
        {
            return [];
        }

        return await client.InTransactionAsync<IReadOnlyList<PutResult>>(
            async (tx, ct) =>
            {
                var writer = new ArticleWriter(tx, cypher, ontology, clock, ct);
                var results = new List<PutResult>(batch.Count);
                foreach (var facts in batch)
                {
                    results.Add(await writer.PutAsync(facts).ConfigureAwait(false));
                    faultInjectionAfterArticleWritten?.Invoke(facts.Article.Id);
                }

                return results;
            },
            cancellationToken).ConfigureAwait(false);
    }

    public Task<bool> RetractArticleAsync(string articleId, CancellationToken cancellationToken = default) =>
        client.InTransactionAsync(
            async (tx, ct) =>
            {
                var retracted = await new ArticleWriter(tx, cypher, ontology, clock, ct).RetractAsync(articleId).ConfigureAwait(false);
                faultInjectionAfterArticleWritten?.Invoke(articleId);
                return retracted;
            },
            cancellationToken);

    public async Task<Entity> MergeEntitiesAsync(string keptId, string mergedId, CancellationToken cancellationToken = default)
    {
        await client.InTransactionAsync(
            async (tx, ct) =>
            {
                await new Curation(tx, cypher, ontology, clock, ct).MergeAsync(keptId, mergedId).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
        return await GetEntityAsync(keptId, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException(keptId);
    }

    public async Task<Entity> AddAliasAsync(string entityId, string alias, CancellationToken cancellationToken = default)
    {
        await client.InTransactionAsync(
            async (tx, ct) =>
            {
                await new Curation(tx, cypher, ontology, clock, ct).AddAliasAsync(entityId, alias).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
        return await GetEntityAsync(entityId, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException(entityId);
    }

    public async Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default) =>
        (await reads.EntitiesAsync([id], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(id);

    public async Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        await reads.EntitiesAsync(ids, cancellationToken).ConfigureAwait(false);

    public Task<IReadOnlyList<Entity>> FindEntitiesByNameAsync(string nameOrAlias, CancellationToken cancellationToken = default) =>
        reads.ByNameAsync(nameOrAlias, cancellationToken);

    public Task<Page<EntityHit>> SearchEntitiesAsync(EntitySearch query, CancellationToken cancellationToken = default) =>
        reads.SearchAsync(query, cancellationToken);

    public Task<Page<Entity>> ListEntitiesAsync(EntityListQuery query, CancellationToken cancellationToken = default) =>
        listing.ListAsync(query, cancellationToken);

    public async Task<Page<Relation>> GetRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var offset = OffsetCursor.Decode(query.After);
        var pages = await reads.RelationsOfAsync([query.EntityId], query, offset, cancellationToken).ConfigureAwait(false);
        return pages.GetValueOrDefault(query.EntityId) ?? new Page<Relation>([], 0, null, false);
    }

    public async Task<IReadOnlyDictionary<string, Page<Relation>>> GetRelationsOfManyAsync(IReadOnlyCollection<string> entityIds, RelationQuery filter, CancellationToken cancellationToken = default) =>
        await reads.RelationsOfAsync(entityIds, filter, 0, cancellationToken).ConfigureAwait(false);

    public Task<Page<Relation>> SearchRelationsAsync(RelationSearch query, CancellationToken cancellationToken = default) =>
        reads.SearchRelationsAsync(query, cancellationToken);

    public Task<Relation?> GetRelationAsync(string relationId, CancellationToken cancellationToken = default) =>
        reads.RelationAsync(relationId, cancellationToken);

    public Task<Neighborhood> GetNeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default) =>
        reads.NeighborhoodAsync(query, cancellationToken);

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        reads.PathsAsync(query, cancellationToken);

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Evidence>>> GetEvidenceAsync(IReadOnlyCollection<string> relationIds, int maxPerRelation = 20, CancellationToken cancellationToken = default) =>
        await reads.EvidenceAsync(relationIds, maxPerRelation, cancellationToken).ConfigureAwait(false);

    public Task<IReadOnlyList<Evidence>> GetTimelineAsync(string entityId, DateTimeOffset? since, DateTimeOffset? until, int limit = 200, CancellationToken cancellationToken = default) =>
        reads.TimelineAsync(entityId, since, until, limit, cancellationToken);

    public Task<Article?> GetArticleAsync(string id, CancellationToken cancellationToken = default) => reads.ArticleAsync(id, cancellationToken);

    public Task<Page<Article>> GetArticlesAsync(ArticleQuery query, CancellationToken cancellationToken = default) => reads.ArticlesAsync(query, cancellationToken);

    public Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default) => reads.CountsAsync(cancellationToken);

    public Task<GraphSnapshot> ReadAllAsync(CancellationToken cancellationToken = default) => reads.AllAsync(cancellationToken);

    public ValueTask DisposeAsync()
    {
        client.Dispose();
        return ValueTask.CompletedTask;
    }
}
