namespace Graph.Extraction.Input;

/// <summary>What a format parser finds in an article: its metadata and its body text (paragraphs separated by a blank line).</summary>
public sealed record ArticleContent(string Body, string? Title = null, string? Url = null, string? Source = null, DateTimeOffset? PublishedAt = null);
