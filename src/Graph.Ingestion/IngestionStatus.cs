using Graph.Ingestion.Configuration;
using Graph.Ingestion.Queue;

namespace Graph.Ingestion;

/// <summary>What the ingestion service is doing, for the <c>ingestionStatus</c> query and the CLI.</summary>
public sealed record IngestionStatus(
    string State,
    string? PauseReason,
    QueueCounts Queue,
    IReadOnlyDictionary<string, long> ItemsByOutcome,
    long StatementsWritten,
    IReadOnlyList<SourceOptions> Sources,
    DateTimeOffset StartedAt);
