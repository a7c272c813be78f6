namespace Graph.Ingestion.Queue;

/// <summary>Where an item is in its life: pending → processing → done, or failed (retried later) → dead (given up).</summary>
public enum ItemState
{
    Pending,
    Processing,
    Done,
    Failed,
    Dead,
}

/// <summary>What an item asks for.</summary>
public enum ItemKind
{
    /// <summary>Read the file at <see cref="OutboxItem.Location"/>.</summary>
    File,

    /// <summary>Fetch the page at <see cref="OutboxItem.Location"/>.</summary>
    Url,

    /// <summary>The article's bytes are in the outbox itself (POST /articles, the mutation, a feed item with full text).</summary>
    Content,

    /// <summary>Read the feed at <see cref="OutboxItem.Location"/> and queue its entries.</summary>
    Feed,

    /// <summary>Remove the article's facts: it disappeared from its source.</summary>
    Retract,
}

/// <summary>What a source or a client knows about an article besides its bytes.</summary>
public sealed record ItemMetadata(string? Title = null, string? Url = null, string? Source = null, DateTimeOffset? PublishedAt = null);

/// <summary>One entry of the durable queue.</summary>
public sealed record OutboxItem
{
    public long Id { get; init; }

    /// <summary>The source's name (a configured source, <c>api</c>, <c>cli</c>).</summary>
    public required string Source { get; init; }

    public required ItemKind Kind { get; init; }

    /// <summary>The article's stable id in the graph.</summary>
    public required string ArticleId { get; init; }

    /// <summary>A file path or URL (File, Url), or a name hinting at the format (Content).</summary>
    public string? Location { get; init; }

    public byte[]? Content { get; init; }

    public string? ContentType { get; init; }

    public ItemMetadata Metadata { get; init; } = new();

    public ItemState State { get; init; } = ItemState.Pending;

    public int Attempts { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset EnqueuedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>How many items are in each state.</summary>
public sealed record QueueCounts(long Pending, long Processing, long Done, long Failed, long Dead)
{
    /// <summary>Items still to do (pending, processing, or failed and waiting for a retry).</summary>
    public long Depth => Pending + Processing + Failed;
}
