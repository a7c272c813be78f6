namespace Graph.Extraction.Input;

/// <summary>
/// Plain-text articles: metadata lines first (optional), an inline "date 2022-09-23" (optional), then either
/// the body, or a headline line, a blank line and the body (the BBC corpus layout).
/// </summary>
public static class PlainTextArticleParser
{
    /// <summary>Longest line still taken for a headline.</summary>
    private const int MaxHeadlineLength = 150;

    public static ArticleContent Parse(string text)
    {
        var lines = Paragraphs.Lines(text);
        var fields = new MetadataLines.Fields();
        var start = MetadataLines.ReadHeader(lines, fields);
        var body = lines.Skip(start).SkipWhile(string.IsNullOrWhiteSpace).ToList();
        if (body.Count > 0)
        {
            body[0] = MetadataLines.TakeInlineDate(body[0], fields);
        }

        if (fields.Title is null && LooksLikeHeadline(body))
        {
            fields.Title = body[0].Trim();
            body.RemoveAt(0);
        }

        return fields.ToContent(Paragraphs.Join(body));
    }

    /// <summary>
    /// A first line that stands alone (a blank line after it, more text after that), is short, and does not end
    /// like a sentence is a headline: "Ad sales boost Time Warner profit".
    /// </summary>
    private static bool LooksLikeHeadline(List<string> body)
    {
        if (body.Count < 3 || !string.IsNullOrWhiteSpace(body[1]) || !body.Skip(2).Any(l => !string.IsNullOrWhiteSpace(l)))
        {
            return false;
        }

        var line = body[0].Trim();
        return line.Length is > 0 and <= MaxHeadlineLength && !line.EndsWith('.') && !line.EndsWith(',') && !line.EndsWith(';') && !line.EndsWith(':');
    }
}
