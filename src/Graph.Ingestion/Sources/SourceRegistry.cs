using System.Collections.Concurrent;
using Graph.Ingestion.Configuration;
using Graph.Ingestion.Queue;
using Graph.Ingestion.Scheduling;
using Microsoft.Extensions.Logging;

namespace Graph.Ingestion.Sources;

/// <summary>
/// The sources this process reads: those configured, and those added at run time. Each is refreshed at start; folders
/// are watched (FileSystemWatcher, debounced, with a periodic full rescan because watchers drop events); each source
/// with a cron <see cref="SourceOptions.Schedule"/> (Quartz syntax) is refreshed at its times. Refreshing only queues work in the outbox.
/// </summary>
public sealed class SourceRegistry(Outbox outbox, IngestionOptions options, ILogger logger, Action wake) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, SourceOptions> _sources = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Timer> _debounce = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<IDisposable> _watchers = [];
    private readonly Lock _scanGate = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _schedules = [];

    public IReadOnlyList<SourceOptions> Sources => [.. _sources.Values.OrderBy(s => s.Name, StringComparer.Ordinal)];

    /// <summary>Starts every configured source.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var source in options.Sources) await AddAsync(source, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds a source (validated; its name must be new), refreshes it at once, and watches and schedules it.</summary>
    /// <exception cref="IngestionConfigurationException">The source is invalid or its name is taken.</exception>
    public Task<ScanReport?> AddAsync(SourceOptions source, CancellationToken cancellationToken)
    {
        IngestionConfiguration.Validate(source, $"source '{source.Name}'");
        if (!_sources.TryAdd(source.Name, source)) throw new IngestionConfigurationException($"source '{source.Name}':Name", "is already a source");
        var report = Refresh(source.Name);
        if (source.Kind == SourceKind.Folder && source.Watch && Directory.Exists(source.Location)) Watch(source);
        if (source.Schedule is { } cron && CronSchedule.TryParse(cron, out _) is { } schedule)
        {
            lock (_schedules) _schedules.Add(Task.Run(() => schedule.RunAsync(() => Refresh(source.Name), TimeProvider.System, _stop.Token), CancellationToken.None));
        }

        return Task.FromResult(report);
    }

    /// <summary>Compares the source with what it last saw and queues the differences; errors are logged, not thrown (a source may come back).</summary>
    public ScanReport? Refresh(string name)
    {
        if (!_sources.TryGetValue(name, out var source)) return null;
        try
        {
            ScanReport report;
            lock (_scanGate)
            {
                report = source.Kind switch
                {
                    SourceKind.Folder => FolderScanner.Scan(source, outbox),
                    SourceKind.Url => Queue(source, ItemKind.Url),
                    _ => Queue(source, ItemKind.Feed),
                };
            }

            if (report.Queued + report.Retracted > 0)
            {
                logger.LogInformation("Source {Source}: {Queued} item(s) queued, {Retracted} retraction(s), {Unchanged} unchanged", name, report.Queued, report.Retracted, report.Unchanged);
                wake();
            }

            return report;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            logger.LogError("Source {Source} cannot be read: {Error}", name, e.Message);
            return null;
        }
    }

    private ScanReport Queue(SourceOptions source, ItemKind kind)
    {
        outbox.Enqueue(new OutboxItem { Source = source.Name, Kind = kind, ArticleId = source.Location, Location = source.Location, Metadata = new ItemMetadata(Url: source.Location, Source: source.Name) });
        return new ScanReport(1, 1, 0, 0, 0);
    }

    private void Watch(SourceOptions source)
    {
        var watcher = new FileSystemWatcher(Path.GetFullPath(source.Location))
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
            IncludeSubdirectories = false,
        };
        void Changed(object? sender, EventArgs e) => Debounced(source.Name);
        watcher.Created += Changed;
        watcher.Changed += Changed;
        watcher.Deleted += Changed;
        watcher.Renamed += Changed;
        watcher.Error += (_, e) => { logger.LogWarning("Watching {Source} lost events ({Error}); the periodic rescan catches up", source.Name, e.GetException().Message); Debounced(source.Name); };
        watcher.EnableRaisingEvents = true;
        var rescan = new Timer(_ => Refresh(source.Name), null, options.RescanInterval, options.RescanInterval);
        lock (_watchers)
        {
            _watchers.Add(watcher);
            _watchers.Add(rescan);
        }
    }

    // A file being written raises many events: scan once they have been quiet for a moment.
    private void Debounced(string name) =>
        _debounce.GetOrAdd(name, n => new Timer(_ => Refresh(n), null, Timeout.Infinite, Timeout.Infinite))
            .Change(TimeSpan.FromMilliseconds(400), Timeout.InfiniteTimeSpan);

    public async ValueTask DisposeAsync()
    {
        lock (_watchers)
        {
            foreach (var watcher in _watchers) watcher.Dispose();
            _watchers.Clear();
        }

        foreach (var timer in _debounce.Values) await timer.DisposeAsync().ConfigureAwait(false);
        await _stop.CancelAsync().ConfigureAwait(false);
        Task[] schedules;
        lock (_schedules) schedules = [.. _schedules];
        await Task.WhenAll(schedules).ConfigureAwait(false);
        _stop.Dispose();
    }
}
