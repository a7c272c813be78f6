namespace Graph.Store.Neo4j.Cypher;

/// <summary>
/// The statements the adapter runs, by purpose. Built once at start: a missing file fails then, not mid-request,
/// and a test checks that every embedded file is one of these (no dead Cypher).
/// </summary>
internal sealed class Neo4jStatements(CypherCatalog catalog)
{
    public IReadOnlyList<CypherStatement> Schema { get; } = catalog.Schema;

    // writes: articles
    public CypherStatement ArticleState { get; } = catalog.Get("queries/article-state");
    public CypherStatement NextArticleSeq { get; } = catalog.Get("queries/next-article-seq");
    public CypherStatement ArticleFootprint { get; } = catalog.Get("queries/article-footprint");
    public CypherStatement UpsertArticle { get; } = catalog.Get("writes/upsert-article");
    public CypherStatement ClearArticle { get; } = catalog.Get("writes/clear-article");
    public CypherStatement DeleteArticle { get; } = catalog.Get("writes/delete-article");
    public CypherStatement AddMentions { get; } = catalog.Get("writes/add-mentions");
    public CypherStatement AddStatements { get; } = catalog.Get("writes/add-statements");

    // writes: entities and relations
    public CypherStatement ResolutionCandidates { get; } = catalog.Get("queries/resolution-candidates");
    public CypherStatement MergeRedirects { get; } = catalog.Get("queries/merge-redirects");
    public CypherStatement TakenIds { get; } = catalog.Get("queries/taken-ids");
    public CypherStatement EntityMentions { get; } = catalog.Get("queries/entity-mentions");
    public CypherStatement CreateEntities { get; } = catalog.Get("writes/create-entities");
    public CypherStatement SetEntityNames { get; } = catalog.Get("writes/set-entity-names");
    public CypherStatement DeleteUnmentionedEntities { get; } = catalog.Get("writes/delete-unmentioned-entities");
    public CypherStatement StatementsOfEntity { get; } = catalog.Get("queries/statements-of-entity");
    public CypherStatement SetStatementEnds { get; } = catalog.Get("writes/set-statement-ends");
    public CypherStatement RefreshRelations { get; } = catalog.Get("writes/refresh-relations");
    public CypherStatement DeleteUnsupportedRelations { get; } = catalog.Get("writes/delete-unsupported-relations");
    public CypherStatement MergeEntity { get; } = catalog.Get("writes/merge-entity");
    public CypherStatement AddManualAlias { get; } = catalog.Get("writes/add-manual-alias");
    public CypherStatement SetEntityOrder { get; } = catalog.Get("writes/set-entity-order");
    public CypherStatement EntitiesWithoutOrder { get; } = catalog.Get("queries/entities-without-order");

    // reads
    public CypherStatement EntitiesById { get; } = catalog.Get("queries/entities-by-id");
    public CypherStatement EntitiesByNameKey { get; } = catalog.Get("queries/entities-by-name-key");
    public CypherStatement SearchEntities { get; } = catalog.Get("queries/search-entities");
    public CypherStatement ListEntitiesByName { get; } = catalog.Get("queries/list-entities-by-name");
    public CypherStatement ListEntitiesByMentions { get; } = catalog.Get("queries/list-entities-by-mentions");
    public CypherStatement SearchEntitiesOrdered { get; } = catalog.Get("queries/search-entities-ordered");
    public CypherStatement RelationsOfEntities { get; } = catalog.Get("queries/relations-of-entities");
    public CypherStatement SearchRelations { get; } = catalog.Get("queries/search-relations");
    public CypherStatement RelationById { get; } = catalog.Get("queries/relation-by-id");
    public CypherStatement Expand { get; } = catalog.Get("queries/expand");
    public CypherStatement RelationsAmong { get; } = catalog.Get("queries/relations-among");
    public CypherStatement ShortestPaths { get; } = catalog.Get("queries/shortest-paths");
    public CypherStatement Evidence { get; } = catalog.Get("queries/evidence");
    public CypherStatement Timeline { get; } = catalog.Get("queries/timeline");
    public CypherStatement ArticleById { get; } = catalog.Get("queries/article-by-id");
    public CypherStatement Articles { get; } = catalog.Get("queries/articles");
    public CypherStatement Counts { get; } = catalog.Get("queries/counts");
    public CypherStatement AllArticles { get; } = catalog.Get("queries/all-articles");
    public CypherStatement AllEntities { get; } = catalog.Get("queries/all-entities");
    public CypherStatement AllRelations { get; } = catalog.Get("queries/all-relations");
    public CypherStatement AllStatements { get; } = catalog.Get("queries/all-statements");
    public CypherStatement AllMentions { get; } = catalog.Get("queries/all-mentions");
    public CypherStatement IngestionOrder { get; } = catalog.Get("queries/ingestion-order");

    /// <summary>Every statement this object names (for the no-dead-Cypher test).</summary>
    public IEnumerable<CypherStatement> All() =>
        Schema.Concat(GetType().GetProperties().Where(p => p.PropertyType == typeof(CypherStatement)).Select(p => (CypherStatement)p.GetValue(this)!));
}
