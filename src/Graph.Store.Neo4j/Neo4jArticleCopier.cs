using Graph.Core.Model;
using Graph.Core.Ontology;
using Graph.Store.Neo4j.Cypher;
using Graph.Store.Neo4j.Writing;
using Graph.Store.Rules;

namespace Graph.Store.Neo4j;

/// <summary>An article to copy and the time its source store took it in (null: now).</summary>
public sealed record CopiedArticle(ArticleFacts Facts, DateTimeOffset? IngestedAt);

/// <summary>
/// Copies articles from another store into Neo4j (<c>graph push</c>): a batch is one explicit transaction, written by
/// the same <see cref="ArticleWriter"/> as <see cref="Neo4jGraphStore.PutArticlesAsync"/> (same resolution, naming
/// and aggregates), except that each article carries the ingestion time it had in the source store, so undated
/// articles keep their dates and a copy equals its source. An article already there with the same content is left alone.
/// </summary>
public sealed class Neo4jArticleCopier(Neo4jGraphStore store, GraphOntology ontology)
{
    private readonly Neo4jStatements cypher = new(CypherCatalog.Embedded);

    /// <summary>Writes the batch in one transaction: all of it or, on any failure, none of it (transient failures are retried whole).</summary>
    public async Task<IReadOnlyList<PutResult>> PutBatchAsync(IReadOnlyList<CopiedArticle> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var article in batch)
        {
            FactsValidator.EnsureValid(article.Facts, ontology);
        }

        if (batch.Count == 0)
        {
            return [];
        }

        var now = TimeProvider.System.GetUtcNow();
        return await store.Client.InTransactionAsync<IReadOnlyList<PutResult>>(
            async (tx, ct) =>
            {
                var results = new List<PutResult>(batch.Count);
                foreach (var article in batch)
                {
                    var writer = new ArticleWriter(tx, cypher, ontology, new FixedClock(article.IngestedAt ?? now), ct);
                    results.Add(await writer.PutAsync(article.Facts).ConfigureAwait(false));
                }

                return results;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A clock stopped at one instant: the source's ingestion time of the article being written.</summary>
    private sealed class FixedClock(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at.ToUniversalTime();
    }
}
