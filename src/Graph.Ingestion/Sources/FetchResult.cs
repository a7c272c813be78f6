namespace Graph.Ingestion.Sources;

/// <summary>What a fetch brought back: the body (null when the server said 304 Not Modified) and its validators.</summary>
public sealed record FetchResult(Uri FinalUri, byte[]? Body, string? ContentType, string? ETag, string? LastModified)
{
    public bool NotModified => Body is null;
}
