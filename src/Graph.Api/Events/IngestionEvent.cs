namespace Graph.Api.Events;

/// <summary>What happened to the graph.</summary>
public enum IngestionEventKind
{
    ArticleIngested,
    ArticleUnchanged,
    ArticleDeleted,
    EntitiesMerged,
    AliasAdded,
    IngestionFailed,
}

/// <summary>One change to the graph, as the <c>ingestionEvents</c> subscription reports it.</summary>
public sealed record IngestionEvent(IngestionEventKind Kind, DateTimeOffset At)
{
    public string? ArticleId { get; init; }

    public string? EntityId { get; init; }

    public int? Entities { get; init; }

    public int? Statements { get; init; }

    /// <summary>A sentence for people (e.g. why ingestion failed).</summary>
    public string? Message { get; init; }
}
