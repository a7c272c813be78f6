using Graph.Core.Model;
using Graph.Extraction.Text;

namespace Graph.Extraction.Input;

/// <summary>
/// Reads an article from its bytes into a <see cref="Document"/>: decodes the text (<see cref="TextDecoder"/>),
/// picks the format (<see cref="ArticleFormats"/>), and takes metadata and body out of it. The article id is
/// the file name without its extension, as <c>graph extract</c> prints it; the content hash is that of the
/// decoded text as it arrived, metadata included.
/// </summary>
public static class ArticleReader
{
    /// <exception cref="ArticleInputException">The input is empty, binary, not text, malformed, or has no body text.</exception>
    public static Document Read(ReadOnlySpan<byte> bytes, string fileName, string? contentType = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var text = TextDecoder.Decode(bytes, fileName);
        var format = ArticleFormats.Detect(fileName, contentType, text);
        var content = format switch
        {
            ArticleFormat.Html => HtmlArticleParser.Parse(text),
            ArticleFormat.Json => JsonArticleParser.Parse(text, fileName),
            ArticleFormat.Markdown => MarkdownArticleParser.Parse(text),
            _ => PlainTextArticleParser.Parse(text),
        };

        if (string.IsNullOrWhiteSpace(content.Body))
        {
            throw new ArticleInputException(fileName, $"has no article text ({FormatName(format)} with metadata only)");
        }

        var article = new Article(
            IdOf(fileName),
            ContentHash.Of(text),
            NullIfBlank(content.Url),
            NullIfBlank(content.Title),
            NullIfBlank(content.Source),
            content.PublishedAt);
        return new Document(article, content.Body);
    }

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="ArticleInputException">The file cannot be read or is not an article.</exception>
    public static Document ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArticleInputException(path, $"cannot be read: {e.Message}", e);
        }

        return Read(bytes, path);
    }

    /// <summary>The article id of a file: its name without folder and extension ("seed-003" for "articles/seed-003.txt").</summary>
    public static string IdOf(string fileName) => Path.GetFileNameWithoutExtension(fileName);

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string FormatName(ArticleFormat format) => format switch
    {
        ArticleFormat.Html => "HTML",
        ArticleFormat.Json => "JSON",
        ArticleFormat.Markdown => "Markdown",
        _ => "plain text",
    };
}
