using System.Globalization;
using System.Text;
using Graph.Api.Events;
using Graph.Api.Ingestion;
using Graph.Core.Model;
using Graph.Ingestion;
using Graph.Ingestion.Processing;
using Graph.Ingestion.Queue;

namespace Graph.Cli.Hosting;

/// <summary>
/// Joins the API to the ingestion service: <c>ingestArticle</c>, <c>ingestionStatus</c>, <c>deadLetters</c> and
/// <c>retryDeadLetter</c> go through the durable queue, and every committed item is published on the
/// <c>ingestionEvents</c> stream.
/// </summary>
public sealed class QueueIngestor : IArticleIngestor, IIngestionQueue
{
    private readonly IngestionService _service;

    public QueueIngestor(IngestionService service, IngestionEvents events)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(events);
        _service = service;
        service.Completed += completion => events.Publish(EventOf(completion));
    }

    /// <summary>The article id a submission gets: its id, else its URL, else its content (the same text is the same article).</summary>
    public static string ArticleIdOf(string? id, string? url, ReadOnlySpan<byte> content) =>
        id ?? url ?? "text:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content))[..16];

    public Task<long> EnqueueAsync(ArticleSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.Text.Length == 0 && submission.Url is { } url)
        {
            // No text: the worker fetches the page (timeouts, size and redirect caps, main text) like a URL source's.
            return Task.FromResult(_service.Enqueue(new OutboxItem
            {
                Source = "api",
                Kind = ItemKind.Url,
                ArticleId = submission.Id ?? url,
                Location = url,
                Metadata = new ItemMetadata(submission.Title, url, submission.Source, submission.PublishedAt),
            }));
        }

        var bytes = Encoding.UTF8.GetBytes(submission.Text);
        return Task.FromResult(_service.Enqueue(new OutboxItem
        {
            Source = "api",
            Kind = ItemKind.Content,
            ArticleId = ArticleIdOf(submission.Id, submission.Url, bytes),
            Content = bytes,
            ContentType = submission.ContentType ?? "text/plain",
            Metadata = new ItemMetadata(submission.Title, submission.Url, submission.Source, submission.PublishedAt),
        }));
    }

    public async Task<QueuedOutcome?> WaitAsync(long itemId, TimeSpan timeout, CancellationToken cancellationToken) =>
        await _service.WaitAsync(itemId, timeout, cancellationToken).ConfigureAwait(false) is { } completion
            ? new QueuedOutcome(completion.Facts, completion.Put?.Outcome, completion.State == ItemState.Dead ? completion.Message ?? "dead" : null)
            : null;

    /// <summary>Not used when the queue is there (the API enqueues instead); extracts nothing.</summary>
    public Task<ArticleFacts> ExtractAsync(ArticleSubmission submission, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the ingestion service queues articles; use EnqueueAsync");

    public IngestionStatusView Status()
    {
        var status = _service.Status();
        return new IngestionStatusView(
            status.State, status.PauseReason, status.Queue.Pending, status.Queue.Processing, status.Queue.Failed, status.Queue.Dead, status.Queue.Done,
            [.. status.ItemsByOutcome], status.StatementsWritten,
            [.. status.Sources.Select(s => new SourceView(s.Name, s.Kind.ToString(), s.Location, s.Schedule, s.RetractMissing))],
            status.StartedAt);
    }

    public IReadOnlyList<DeadLetterView> DeadLetters(int limit) =>
        [.. _service.DeadLetters(limit).Select(d => new DeadLetterView(d.Id, d.Source, d.Kind.ToString(), d.ArticleId, d.Location, d.Attempts, d.LastError, d.EnqueuedAt, d.UpdatedAt))];

    public bool Retry(long itemId) => _service.Retry(itemId);

    private static IngestionEvent EventOf(ItemCompletion completion) => completion.Outcome switch
    {
        "added" or "replaced" => new IngestionEvent(IngestionEventKind.ArticleIngested, DateTimeOffset.UtcNow)
        {
            ArticleId = completion.Item.ArticleId, Entities = completion.Put?.Entities, Statements = completion.Put?.Statements,
        },
        "unchanged" => new IngestionEvent(IngestionEventKind.ArticleUnchanged, DateTimeOffset.UtcNow) { ArticleId = completion.Item.ArticleId },
        "retracted" => new IngestionEvent(IngestionEventKind.ArticleDeleted, DateTimeOffset.UtcNow) { ArticleId = completion.Item.ArticleId, Message = "disappeared from its source" },
        "failed" or "dead" => new IngestionEvent(IngestionEventKind.IngestionFailed, DateTimeOffset.UtcNow)
        {
            ArticleId = completion.Item.ArticleId,
            Message = string.Create(CultureInfo.InvariantCulture, $"{completion.Outcome} (item {completion.Item.Id}): {completion.Message}"),
        },
        _ => new IngestionEvent(IngestionEventKind.ArticleUnchanged, DateTimeOffset.UtcNow) { ArticleId = completion.Item.ArticleId, Message = completion.Message },
    };
}
