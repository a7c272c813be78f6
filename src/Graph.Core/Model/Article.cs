namespace Graph.Core.Model;

/// <summary>
/// A news article as the graph knows it. <see cref="Id"/> is stable across re-reads
/// (a URL or a path); <see cref="ContentHash"/> tells whether a re-read changed anything.
/// </summary>
public sealed record Article(
    string Id,
    string ContentHash,
    string? Url = null,
    string? Title = null,
    string? Source = null,
    DateTimeOffset? PublishedAt = null)
{
    /// <summary>When the store first took in this version; set by the store, not by callers.</summary>
    public DateTimeOffset? IngestedAt { get; init; }
}
