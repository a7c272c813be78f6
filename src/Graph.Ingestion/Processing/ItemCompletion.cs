using Graph.Core.Model;
using Graph.Ingestion.Queue;
using Graph.Store;

namespace Graph.Ingestion.Processing;

/// <summary>
/// What became of one item after its outcome was committed to the outbox: <see cref="Outcome"/> is added, replaced,
/// unchanged, retracted, skipped, failed (to be retried) or dead.
/// </summary>
public sealed record ItemCompletion(OutboxItem Item, string Outcome, ItemState State)
{
    public ArticleFacts? Facts { get; init; }

    public PutResult? Put { get; init; }

    /// <summary>Why it failed, or why it was skipped.</summary>
    public string? Message { get; init; }
}
