namespace Graph.Ingestion.Sources;

/// <summary>A fetch that failed; <see cref="Permanent"/> when trying again cannot help (404, too large, a redirect loop).</summary>
public sealed class FetchException : Exception
{
    public FetchException(string message, bool permanent, int? status = null, Exception? inner = null)
        : base(message, inner)
    {
        Permanent = permanent;
        Status = status;
    }

    public FetchException()
        : this("fetch failed", permanent: false)
    {
    }

    public FetchException(string message)
        : this(message, permanent: false)
    {
    }

    public FetchException(string message, Exception innerException)
        : this(message, permanent: false, inner: innerException)
    {
    }

    public bool Permanent { get; }

    /// <summary>The HTTP status, when there was one.</summary>
    public int? Status { get; }
}
