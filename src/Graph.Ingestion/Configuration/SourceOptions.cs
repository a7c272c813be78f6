namespace Graph.Ingestion.Configuration;

/// <summary>The kinds of source the service reads articles from.</summary>
public enum SourceKind
{
    /// <summary>A folder of .txt, .md, .html and .json files, watched for new, changed and deleted files.</summary>
    Folder,

    /// <summary>One web page, fetched over HTTP.</summary>
    Url,

    /// <summary>An RSS 2.0 or Atom feed: each item's text when it carries the full text, else its link fetched.</summary>
    Feed,
}

/// <summary>One configured source (<c>Ingestion:Sources:N</c>).</summary>
public sealed record SourceOptions
{
    /// <summary>A unique name; it keys the source's state in the queue file and names the source in logs and metrics.</summary>
    public required string Name { get; init; }

    public required SourceKind Kind { get; init; }

    /// <summary>The folder (Folder) or the URL (Url, Feed).</summary>
    public required string Location { get; init; }

    /// <summary>Quartz cron expression (seconds first, e.g. <c>0 */15 * * * ?</c>) for scheduled re-ingestion; none: only at start (and, for folders, on file changes).</summary>
    public string? Schedule { get; init; }

    /// <summary>Whether an item that disappeared from the source retracts its facts from the graph.</summary>
    public bool RetractMissing { get; init; }

    /// <summary>Folders only: whether to watch the folder for changes (FileSystemWatcher plus a periodic rescan).</summary>
    public bool Watch { get; init; } = true;
}
