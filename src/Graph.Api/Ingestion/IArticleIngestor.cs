using Graph.Core.Model;

namespace Graph.Api.Ingestion;

/// <summary>An article as a client sends it: its text and what is known about it.</summary>
public sealed record ArticleSubmission(string Text)
{
    /// <summary>A stable id; derived from the URL, else from the content hash, when absent.</summary>
    public string? Id { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    public string? Source { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The media type of <see cref="Text"/> (text/plain, text/html, application/json, text/markdown); plain text when absent.</summary>
    public string? ContentType { get; init; }
}

/// <summary>Extraction as the API needs it: an article's text in, the facts it states out (nothing is stored here).</summary>
public interface IArticleIngestor
{
    Task<ArticleFacts> ExtractAsync(ArticleSubmission submission, CancellationToken cancellationToken);
}
