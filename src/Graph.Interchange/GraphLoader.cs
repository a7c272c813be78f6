using Graph.Interchange.Reading;
using Graph.Store;

namespace Graph.Interchange;

/// <summary>
/// A clock the loader sets to each article's original ingestion time before putting it, so that a store opened with
/// it records the times of the source (a copy then equals its source, undated articles included); unset, it is the system clock.
/// </summary>
public sealed class ReplayClock : TimeProvider
{
    private DateTimeOffset? at;

    public void Set(DateTimeOffset? instant) => at = instant?.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => at ?? System.GetUtcNow();
}

/// <summary>Puts replayed articles into a store one by one (each atomic), in order, with their original ingestion times.</summary>
public static class GraphLoader
{
    /// <param name="store">A store opened with <paramref name="clock"/>.</param>
    /// <param name="progress">Told the number of articles put so far.</param>
    public static async Task<IReadOnlyList<PutResult>> LoadAsync(IGraphStore store, ReplayClock clock, IReadOnlyList<ReplayedArticle> articles, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(articles);
        var results = new List<PutResult>(articles.Count);
        try
        {
            foreach (var article in articles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                clock.Set(article.IngestedAt);
                results.Add(await store.PutArticleAsync(article.Facts, cancellationToken).ConfigureAwait(false));
                progress?.Report(results.Count);
            }
        }
        finally
        {
            clock.Set(null);
        }

        return results;
    }
}
