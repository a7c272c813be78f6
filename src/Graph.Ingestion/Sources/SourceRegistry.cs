using System.Collections.Concurrent;
using Graph.Ingestion.Configuration;
using Graph.Ingestion.Queue;
using Graph.Ingestion.Scheduling;
using Microsoft.Extensions.Logging;

namespace Graph.Ingestion.Sources;

/// <summary>
/// The sources this process reads: those configured, and those added at run time (recorded in the queue file, so they
/// are read again after a restart; configuration wins a name both claim). Each is refreshed at start; folders
/// are watched (FileSystemWatcher, debounced, with a periodic full rescan because watchers drop events); each source
/// with a cron <see cref="SourceOptions.Schedule"/> (Quartz syntax) is refreshed at its times. Refreshing only queues work in the outbox.
/// Sources run only in the worker process (after <see cref="StartAsync"/>): a standby process sharing the queue file
/// records a source added to it, scans it once, and leaves watching and scheduling to the worker, which picks up
/// run-time sources added or removed by other processes every <see cref="IngestionOptions.RuntimeSourceSync"/>.
/// </summary>
public sealed class SourceRegistry(Outbox outbox, IngestionOptions options, ILogger logger, Action wake) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ActiveSource> _sources = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Timer> _debounce = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _scanGate = new();
    private readonly Lock _changeGate = new();

    // Recorded run-time sources that could not start (e.g. their folder went): not tried again every sync, and logged once.
    private readonly ConcurrentDictionary<string, SourceOptions> _unstartable = new(StringComparer.OrdinalIgnoreCase);
    private Timer? _sync;
    private volatile bool _started;

    public IReadOnlyList<SourceOptions> Sources => [.. _sources.Values.Select(s => s.Options).OrderBy(s => s.Name, StringComparer.Ordinal)];

    /// <summary>Every source with where it comes from, by name.</summary>
    public IReadOnlyList<(SourceOptions Source, SourceOrigin Origin)> Describe() =>
        [.. _sources.Values.OrderBy(s => s.Options.Name, StringComparer.Ordinal).Select(s => (s.Options, s.Origin))];

    /// <summary>Starts every configured source, then every source added at run time before the last stop.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var source in options.Sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Start(IngestionConfiguration.Validate(source, $"source '{source.Name}'"), SourceOrigin.Configuration);
        }

        lock (_changeGate)
        {
            foreach (var source in outbox.RuntimeSources())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (_sources.TryGetValue(source.Name, out var running) && running.Origin == SourceOrigin.Configuration)
                {
                    logger.LogWarning("Run-time source {Source} is shadowed by a configured source of that name; the configured one is read", source.Name);
                    continue;
                }

                StartRecorded(source);
            }

            _started = true;
        }

        _sync = new Timer(_ => SyncRuntimeSources(), null, options.RuntimeSourceSync, options.RuntimeSourceSync);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Brings the running run-time sources in line with those recorded in the queue file: starts the ones another
    /// process (a standby sharing the file) added, stops the ones it removed. Only the worker runs it.
    /// </summary>
    public void SyncRuntimeSources()
    {
        List<ActiveSource> stopped;
        try
        {
            lock (_changeGate)
            {
                var recorded = outbox.RuntimeSources();
                var names = recorded.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
                foreach (var source in recorded.Where(s => !_sources.ContainsKey(s.Name)))
                {
                    StartRecorded(source);
                }

                foreach (var gone in _unstartable.Keys.Where(n => !names.Contains(n)))
                {
                    _unstartable.TryRemove(gone, out _);
                }

                stopped = [.. _sources.Values.Where(a => a.Origin == SourceOrigin.Runtime && !names.Contains(a.Options.Name))];
                foreach (var active in stopped)
                {
                    _sources.TryRemove(active.Options.Name, out _);
                }
            }
        }
        catch (Exception e) when (e is IOException or Microsoft.Data.Sqlite.SqliteException)
        {
            logger.LogError("Cannot read the run-time sources from the queue file: {Error}", e.Message);
            return;
        }

        foreach (var active in stopped)
        {
            if (_debounce.TryRemove(active.Options.Name, out var timer)) timer.Dispose();
            active.DisposeAsync().AsTask().GetAwaiter().GetResult();
            logger.LogInformation("Source {Source} removed by another process", active.Options.Name);
        }
    }

    // Starts a recorded run-time source unless it is known not to start; call under _changeGate.
    private void StartRecorded(SourceOptions source)
    {
        if (_sources.ContainsKey(source.Name) || _unstartable.TryGetValue(source.Name, out var failed) && failed == source) return;
        try
        {
            Start(IngestionConfiguration.Validate(source, $"source '{source.Name}'"), SourceOrigin.Runtime);
            _unstartable.TryRemove(source.Name, out _);
        }
        catch (IngestionConfigurationException e)
        {
            // Valid when added, invalid now (e.g. its folder was deleted): say so once and keep the rest running.
            _unstartable[source.Name] = source;
            logger.LogError("Run-time source {Source} cannot start: {Error}", source.Name, e.Message);
        }
    }

    /// <summary>
    /// Adds a source at run time: validated, recorded in the queue file (it outlives a restart), refreshed at once,
    /// watched and scheduled. On a standby process it is recorded and scanned once; the worker starts it.
    /// </summary>
    /// <exception cref="SourceNameTakenException">A source of that name exists.</exception>
    /// <exception cref="IngestionConfigurationException">The source is invalid.</exception>
    public Task<ScanReport?> AddAsync(SourceOptions source, CancellationToken cancellationToken)
    {
        IngestionConfiguration.Validate(source, $"source '{source.Name}'");
        if (source.Kind == SourceKind.Folder)
        {
            // Configuration may name a folder that is mounted later; a folder given over the API is checked now, and
            // kept as a full path so that a restart from another working folder reads the same one.
            if (!Directory.Exists(source.Location)) throw new IngestionConfigurationException($"source '{source.Name}':Path", $"'{source.Location}' is not a folder this server can see");
            source = source with { Location = Path.GetFullPath(source.Location) };
        }

        lock (_changeGate)
        {
            var configured = options.Sources.Any(s => string.Equals(s.Name, source.Name, StringComparison.OrdinalIgnoreCase));
            if (configured || _sources.ContainsKey(source.Name) || !outbox.SaveRuntimeSource(source)) throw Taken(source.Name);
            if (_started) return Task.FromResult(Start(source, SourceOrigin.Runtime));
        }

        logger.LogInformation("Source {Source} recorded; the process working the queue watches and schedules it", source.Name);
        return Task.FromResult(Scan(source));
    }

    /// <summary>
    /// Stops reading a source added at run time and forgets it. What it already brought in stays in the graph (to take
    /// that out, retract the articles); its item states stay too, so adding it again re-reads only what changed.
    /// </summary>
    /// <returns>False when no source has that name.</returns>
    /// <exception cref="IngestionConfigurationException">The source comes from configuration: it is removed there.</exception>
    public async Task<bool> RemoveAsync(string name)
    {
        ActiveSource? removed;
        lock (_changeGate)
        {
            if (options.Sources.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)) is { } configured)
            {
                throw new IngestionConfigurationException($"source '{configured.Name}'", "comes from configuration (Ingestion:Sources); remove it there");
            }

            if (!_sources.TryGetValue(name, out removed))
            {
                // Recorded but not running here: this is a standby process (the worker stops it at its next sync), or
                // it could not start.
                _unstartable.TryRemove(name, out _);
                return outbox.RemoveRuntimeSource(name);
            }

            outbox.RemoveRuntimeSource(removed.Options.Name);
            _sources.TryRemove(removed.Options.Name, out _);
        }

        if (_debounce.TryRemove(removed.Options.Name, out var timer)) await timer.DisposeAsync().ConfigureAwait(false);
        await removed.DisposeAsync().ConfigureAwait(false);
        logger.LogInformation("Source {Source} removed", removed.Options.Name);
        return true;
    }

    private static SourceNameTakenException Taken(string name) => new($"source '{name}':Name", "is already a source");

    /// <summary>Starts a source its caller has validated.</summary>
    private ScanReport? Start(SourceOptions source, SourceOrigin origin)
    {
        var active = new ActiveSource(source, origin);
        if (!_sources.TryAdd(source.Name, active)) throw Taken(source.Name);
        var report = Refresh(source.Name);
        if (source.Kind == SourceKind.Folder && source.Watch && Directory.Exists(source.Location)) Watch(active);
        if (source.Schedule is { } cron && CronSchedule.TryParse(cron, out _) is { } schedule)
        {
            active.Schedule = Task.Run(() => schedule.RunAsync(() => Refresh(source.Name), TimeProvider.System, active.Stop.Token), CancellationToken.None);
        }

        return report;
    }

    /// <summary>Compares the source with what it last saw and queues the differences; errors are logged, not thrown (a source may come back).</summary>
    public ScanReport? Refresh(string name) => _sources.TryGetValue(name, out var active) ? Scan(active.Options) : null;

    private ScanReport? Scan(SourceOptions source)
    {
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
                logger.LogInformation("Source {Source}: {Queued} item(s) queued, {Retracted} retraction(s), {Unchanged} unchanged", source.Name, report.Queued, report.Retracted, report.Unchanged);
                wake();
            }

            return report;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            logger.LogError("Source {Source} cannot be read: {Error}", source.Name, e.Message);
            return null;
        }
    }

    private ScanReport Queue(SourceOptions source, ItemKind kind)
    {
        outbox.Enqueue(new OutboxItem { Source = source.Name, Kind = kind, ArticleId = source.Location, Location = source.Location, Metadata = new ItemMetadata(Url: source.Location, Source: source.Name) });
        return new ScanReport(1, 1, 0, 0, 0);
    }

    private void Watch(ActiveSource active)
    {
        var source = active.Options;
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
        active.Own(watcher);
        active.Own(new Timer(_ => Refresh(source.Name), null, options.RescanInterval, options.RescanInterval));
    }

    // A file being written raises many events: scan once they have been quiet for a moment.
    private void Debounced(string name) =>
        _debounce.GetOrAdd(name, n => new Timer(_ => Refresh(n), null, Timeout.Infinite, Timeout.Infinite))
            .Change(TimeSpan.FromMilliseconds(400), Timeout.InfiniteTimeSpan);

    public async ValueTask DisposeAsync()
    {
        if (_sync is not null) await _sync.DisposeAsync().ConfigureAwait(false);
        foreach (var timer in _debounce.Values) await timer.DisposeAsync().ConfigureAwait(false);
        foreach (var active in _sources.Values) await active.DisposeAsync().ConfigureAwait(false);
    }
}
