namespace Graph.Ingestion.Configuration;

/// <summary>The <c>Ingestion</c> configuration section, validated by <see cref="IngestionConfiguration.Read"/>.</summary>
public sealed record IngestionOptions
{
    /// <summary>Whether <c>graph serve</c> runs the ingestion worker at all.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The outbox file; by default <c>&lt;store file&gt;.queue.db</c> beside the store.</summary>
    public string? QueuePath { get; init; }

    /// <summary>Items taken from the outbox per claim, and the bound of the in-memory channels (backpressure).</summary>
    public int ChannelCapacity { get; init; } = 64;

    /// <summary>Extraction workers; 0 means one per core.</summary>
    public int ExtractionWorkers { get; init; }

    /// <summary>Articles written to the store in one batch at most.</summary>
    public int WriteBatchSize { get; init; } = 32;

    /// <summary>Failed attempts after which an item goes to the dead-letter list.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The first retry of a failed item waits about this long; later ones twice as long each (with jitter).</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The largest article (file or HTTP body) accepted, in bytes.</summary>
    public long MaxArticleBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>How long one HTTP request may take.</summary>
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries of a failed fetch (with backoff and jitter) before the item counts one failed attempt.</summary>
    public int FetchRetries { get; init; } = 2;

    /// <summary>Redirects followed at most.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>The User-Agent header of every request.</summary>
    public string UserAgent { get; init; } = "GraphIngest/1.0 (knowledge-graph news ingestion)";

    /// <summary>Items of one feed taken at most per read; the rest are skipped (and logged).</summary>
    public int MaxFeedItems { get; init; } = 500;

    /// <summary>Items of a feed whose text is at least this long are taken as full text; shorter ones have their link fetched.</summary>
    public int FullTextMinChars { get; init; } = 600;

    /// <summary>How often watched folders are rescanned in full (the watcher can miss events).</summary>
    public TimeSpan RescanInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How often the worker looks in the queue file for run-time sources another process added or removed.</summary>
    public TimeSpan RuntimeSourceSync { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a store write may take before it counts as failed.</summary>
    public TimeSpan StoreTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long the store circuit stays open (ingestion paused) before a write probes it again.</summary>
    public TimeSpan StoreBreakDuration { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Done items older than this are removed from the outbox at start.</summary>
    public TimeSpan KeepDone { get; init; } = TimeSpan.FromDays(7);

    public IReadOnlyList<SourceOptions> Sources { get; init; } = [];

    /// <summary>The number of extraction workers this process runs.</summary>
    public int EffectiveExtractionWorkers => ExtractionWorkers > 0 ? ExtractionWorkers : Environment.ProcessorCount;
}
