using Graph.Core.Model;
using Graph.Store;

namespace Graph.Api.Ingestion;

/// <summary>
/// The ingestion service as the API sees it: a durable queue to put articles in, its status and its dead letters.
/// When the server's <see cref="GraphApiServices.Ingestor"/> also implements this, <c>ingestArticle</c> goes through
/// the queue (recorded before it is acknowledged) instead of extracting inline.
/// </summary>
public interface IIngestionQueue
{
    /// <summary>Records the article in the queue; once this returns it is not lost. Returns the queue item's id.</summary>
    Task<long> EnqueueAsync(ArticleSubmission submission, CancellationToken cancellationToken);

    /// <summary>Waits until the item is written or dead; null when <paramref name="timeout"/> passes first (it stays queued).</summary>
    Task<QueuedOutcome?> WaitAsync(long itemId, TimeSpan timeout, CancellationToken cancellationToken);

    IngestionStatusView Status();

    IReadOnlyList<DeadLetterView> DeadLetters(int limit);

    /// <summary>Puts a dead item back in the queue. False when no dead item has that id.</summary>
    bool Retry(long itemId);
}

/// <summary>What became of a queued article: its facts and the store's outcome, or why it is dead.</summary>
public sealed record QueuedOutcome(ArticleFacts? Facts, PutOutcome? Outcome, string? Error);

/// <summary>The ingestion service's state for the <c>ingestionStatus</c> query.</summary>
public sealed record IngestionStatusView(
    string State,
    string? PauseReason,
    long Pending,
    long Processing,
    long Failed,
    long Dead,
    long Done,
    IReadOnlyList<KeyValuePair<string, long>> ItemsByOutcome,
    long StatementsWritten,
    IReadOnlyList<SourceView> Sources,
    DateTimeOffset StartedAt);

/// <summary>One source of articles.</summary>
public sealed record SourceView(string Name, string Kind, string Location, string? Schedule, bool RetractMissing);

/// <summary>An item the service gave up on, with its error.</summary>
public sealed record DeadLetterView(long Id, string Source, string Kind, string ArticleId, string? Location, int Attempts, string? Error, DateTimeOffset EnqueuedAt, DateTimeOffset FailedAt);
