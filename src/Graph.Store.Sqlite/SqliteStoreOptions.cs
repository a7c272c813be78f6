namespace Graph.Store.Sqlite;

/// <summary>Where and how the embedded store keeps the graph.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>The database file; created (with its folder) when missing.</summary>
    public required string Path { get; init; }

    /// <summary>How long a write waits for another process's lock before failing.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The clock for ingestion and merge timestamps (tests pin it).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// FAULT INJECTION, for tests only: called inside the write transaction after each article of a batch
    /// is written (with the article id). Throwing from it proves a failure part-way leaves the previous version intact.
    /// </summary>
    public Action<string>? FaultInjectionAfterArticleWritten { get; init; }
}
