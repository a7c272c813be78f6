namespace Graph.Extraction.Input;

/// <summary>The formats an article can come in.</summary>
public enum ArticleFormat
{
    /// <summary>Plain text, optionally with metadata lines (title:, url:, date:, source:) or a headline line first.</summary>
    PlainText,

    Markdown,

    Html,

    /// <summary>A JSON object {title, url, publishedAt, text}.</summary>
    Json,
}

/// <summary>Decides the format from the content type, the file extension, and failing both, the text itself.</summary>
public static class ArticleFormats
{
    /// <exception cref="ArticleInputException">The content type names something that is not text.</exception>
    public static ArticleFormat Detect(string fileName, string? contentType, string text)
    {
        var mediaType = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        switch (mediaType)
        {
            case "text/html" or "application/xhtml+xml":
                return ArticleFormat.Html;
            case "application/json" or "text/json":
                return ArticleFormat.Json;
            case "text/markdown" or "text/x-markdown":
                return ArticleFormat.Markdown;
            case "text/plain":
                return ArticleFormat.PlainText;
            case null or "" or "application/octet-stream":
                break;
            default:
                if (!mediaType.StartsWith("text/", StringComparison.Ordinal))
                {
                    throw new ArticleInputException(fileName, $"content type '{contentType}' is not an article format (text, Markdown, HTML or JSON)");
                }

                break;
        }

        switch (Path.GetExtension(fileName).ToLowerInvariant())
        {
            case ".html" or ".htm" or ".xhtml":
                return ArticleFormat.Html;
            case ".json":
                return ArticleFormat.Json;
            case ".md" or ".markdown":
                return ArticleFormat.Markdown;
            case ".txt" or ".text":
                return ArticleFormat.PlainText;
        }

        return Sniff(text);
    }

    private static ArticleFormat Sniff(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.StartsWith("{"))
        {
            return ArticleFormat.Json;
        }

        if (start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return ArticleFormat.Html;
        }

        return ArticleFormat.PlainText;
    }
}
