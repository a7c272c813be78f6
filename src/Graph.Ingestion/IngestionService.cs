using System.Collections.Concurrent;
using Graph.Extraction.Pipeline;
using Graph.Ingestion.Configuration;
using Graph.Ingestion.Metrics;
using Graph.Ingestion.Processing;
using Graph.Ingestion.Queue;
using Graph.Ingestion.Sources;
using Graph.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Graph.Ingestion;

/// <summary>
/// The ingestion service as one hosted worker: the durable outbox, the sources (refreshed at start, watched, scheduled),
/// and the engine that drains the outbox into the store. Only one process works a queue file at a time (it holds the
/// <see cref="WorkerLock"/>); another one sharing the file only enqueues, and takes over when the worker goes away.
/// </summary>
public sealed class IngestionService : BackgroundService
{
    private static readonly string[] Outcomes = ["added", "replaced", "unchanged", "retracted", "skipped", "failed", "dead"];
    private readonly IngestionOptions _options;
    private readonly ILogger _logger;
    private readonly HttpFetcher _fetcher;
    private readonly IngestionEngine _engine;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<ItemCompletion>> _waiters = new();
    private WorkerLock? _lock;
    private volatile string _state = "starting";

    public IngestionService(IngestionOptions options, string queuePath, IGraphStore store, Func<ExtractionPipeline> pipeline, ILoggerFactory loggers, IngestionMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        _options = options;
        _logger = loggers.CreateLogger("Graph.Ingestion");
        Metrics = metrics ?? new IngestionMetrics();
        Outbox = Outbox.Open(queuePath);
        _fetcher = new HttpFetcher(options, Metrics);
        Writer = new StoreWriter(store, options, Metrics, _logger);
        Processor = new ItemProcessor(options, Outbox, _fetcher, pipeline);
        _engine = new IngestionEngine(Outbox, Processor, Writer, options, Metrics, _logger);
        _engine.Completed += OnCompleted;
        Sources = new SourceRegistry(Outbox, options, _logger, _engine.Wake);
    }

    public Outbox Outbox { get; }

    public IngestionMetrics Metrics { get; }

    public StoreWriter Writer { get; }

    public ItemProcessor Processor { get; }

    public SourceRegistry Sources { get; }

    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    /// <summary>Whether this process works the queue (holds its lock).</summary>
    public bool IsWorker => _lock is not null;

    /// <summary>Items this process has claimed and not finished.</summary>
    public int InFlight => _engine.InFlight;

    /// <summary>Raised for every item whose outcome is committed.</summary>
    public event Action<ItemCompletion>? Completed;

    /// <summary>Records an item durably (the caller may acknowledge it once this returns) and wakes the worker.</summary>
    public long Enqueue(OutboxItem item)
    {
        var id = Outbox.Enqueue(item);
        _engine.Wake();
        return id;
    }

    /// <summary>Waits until the item is done or dead; null when <paramref name="timeout"/> passes first (it stays queued).</summary>
    public async Task<ItemCompletion?> WaitAsync(long itemId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waiter = _waiters.GetOrAdd(itemId, _ => new TaskCompletionSource<ItemCompletion>(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            // It may have finished before the waiter was registered.
            if (Outbox.Get(itemId) is { State: ItemState.Done or ItemState.Dead } finished && !waiter.Task.IsCompleted)
            {
                return new ItemCompletion(finished, finished.State == ItemState.Dead ? "dead" : "done", finished.State) { Message = finished.LastError };
            }

            return await waiter.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return null;
        }
        finally
        {
            _waiters.TryRemove(itemId, out _);
        }
    }

    public IngestionStatus Status() => new(
        _state,
        Writer.Paused,
        Outbox.Counts(),
        Outcomes.ToDictionary(o => o, Metrics.ItemCount),
        Metrics.Statements,
        Sources.Sources,
        StartedAt);

    public IReadOnlyList<OutboxItem> DeadLetters(int limit = 100) => Outbox.DeadLetters(limit);

    /// <summary>Puts a dead item back in the queue. False when no dead item has that id.</summary>
    public bool Retry(long itemId)
    {
        var retried = Outbox.Retry(itemId);
        if (retried) _engine.Wake();
        return retried;
    }

    /// <summary>Adds a source at run time, recorded in the queue file so that it outlives a restart (<see cref="SourceRegistry.AddAsync"/>).</summary>
    public Task<ScanReport?> AddSourceAsync(SourceOptions source, CancellationToken cancellationToken) => Sources.AddAsync(source, cancellationToken);

    /// <summary>Stops reading a source added at run time and forgets it (<see cref="SourceRegistry.RemoveAsync"/>).</summary>
    public Task<bool> RemoveSourceAsync(string name) => Sources.RemoveAsync(name);

    /// <summary>Works the queue until no item is due and none is in flight (for <c>graph ingest</c>): the same engine, stopped when idle.</summary>
    /// <exception cref="InvalidOperationException">Another process is working the queue.</exception>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        _lock = WorkerLock.TryAcquire(Outbox.Path) ?? throw new InvalidOperationException($"another process (graph serve?) is working the ingestion queue {Outbox.Path}");
        _state = "running";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var run = _engine.RunAsync(stop.Token);
        // Idle twice in a row, a moment apart: an item between claim and channel is not missed.
        var idleChecks = 0;
        while (idleChecks < 2 && !run.IsCompleted)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken).ConfigureAwait(false);
            var counts = Outbox.Counts();
            idleChecks = counts.Pending == 0 && counts.Processing == 0 && _engine.InFlight == 0 ? idleChecks + 1 : 0;
        }

        await stop.CancelAsync().ConfigureAwait(false);
        await run.ConfigureAwait(false);
        _state = "stopped";
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        Outbox.PruneDone(DateTimeOffset.UtcNow - _options.KeepDone);
        var announced = false;
        while ((_lock = WorkerLock.TryAcquire(Outbox.Path)) is null)
        {
            _state = "standby";
            if (!announced) _logger.LogWarning("Another process works the ingestion queue {Queue}; this one only enqueues until it goes away", Outbox.Path);
            announced = true;
            await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken).ConfigureAwait(false);
        }

        _state = "running";
        try
        {
            await Sources.StartAsync(stoppingToken).ConfigureAwait(false);
            await _engine.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            _state = "stopped";
        }
    }

    private void OnCompleted(ItemCompletion completion)
    {
        if (completion.State is ItemState.Done or ItemState.Dead && _waiters.TryGetValue(completion.Item.Id, out var waiter)) waiter.TrySetResult(completion);
        try
        {
            Completed?.Invoke(completion);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _logger.LogError(e, "An ingestion event handler failed");
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        Sources.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _fetcher.Dispose();
        Outbox.Dispose();
        _lock?.Dispose();
        GC.SuppressFinalize(this);
    }
}
