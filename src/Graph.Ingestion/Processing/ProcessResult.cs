using Graph.Core.Model;
using Graph.Ingestion.Queue;

namespace Graph.Ingestion.Processing;

/// <summary>What reading and extracting one outbox item came to, before anything is written.</summary>
public abstract record ProcessResult
{
    /// <summary>Source state to record once the item's outcome is committed (an ETag is only worth keeping once its facts are stored).</summary>
    public SourceItemState? StateAfter { get; init; }

    /// <summary>Facts to write.</summary>
    public sealed record Extracted(ArticleFacts Facts) : ProcessResult;

    /// <summary>The article's facts are to be removed.</summary>
    public sealed record Retract(string ArticleId) : ProcessResult;

    /// <summary>Nothing to do (unchanged upstream, a file gone before it was read, a feed expanded into its entries).</summary>
    public sealed record Skipped(string Reason) : ProcessResult;

    /// <summary>It failed; <see cref="Permanent"/> when trying again cannot help (bad input), so it goes straight to the dead-letter list.</summary>
    public sealed record Failed(string Error, bool Permanent) : ProcessResult;
}
