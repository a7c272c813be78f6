using Graph.Ingestion.Configuration;

namespace Graph.Ingestion.Sources;

/// <summary>Where a source comes from: configuration (for good), or added at run time (recorded in the queue file).</summary>
public enum SourceOrigin
{
    Configuration,
    Runtime,
}

/// <summary>A source being read: its watcher, rescan timer and schedule, so that removing it stops exactly these.</summary>
internal sealed class ActiveSource(SourceOptions options, SourceOrigin origin) : IAsyncDisposable
{
    private readonly List<IDisposable> _owned = [];

    public SourceOptions Options { get; } = options;

    public SourceOrigin Origin { get; } = origin;

    /// <summary>Cancels the schedule loop.</summary>
    public CancellationTokenSource Stop { get; } = new();

    /// <summary>The cron loop, when the source has a schedule.</summary>
    public Task? Schedule { get; set; }

    public void Own(IDisposable resource)
    {
        lock (_owned) _owned.Add(resource);
    }

    public async ValueTask DisposeAsync()
    {
        lock (_owned)
        {
            foreach (var resource in _owned) resource.Dispose();
            _owned.Clear();
        }

        await Stop.CancelAsync().ConfigureAwait(false);
        if (Schedule is { } schedule) await schedule.ConfigureAwait(false);
        Stop.Dispose();
    }
}
