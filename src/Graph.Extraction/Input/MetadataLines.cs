using System.Text.RegularExpressions;

namespace Graph.Extraction.Input;

/// <summary>
/// The "key: value" lines feeds put before an article's body (title:, url:, date:, source:), and the inline
/// "date 2022-09-23" some put at the start of the body itself.
/// </summary>
internal static partial class MetadataLines
{
    [GeneratedRegex(@"^\s*(?<key>title|headline|url|link|date|published|publishedat|published_at|pubdate|source|publisher)\s*:\s*(?<value>.*?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"^\s*date:?\s+(?<date>\d{4}-\d{2}-\d{2})(?=\s|$)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineDate();

    /// <summary>Metadata gathered so far; a later parser stage may fill what is still null.</summary>
    public sealed class Fields
    {
        public string? Title { get; set; }

        public string? Url { get; set; }

        public string? Source { get; set; }

        public DateTimeOffset? PublishedAt { get; set; }

        public ArticleContent ToContent(string body) => new(body, Title, Url, Source, PublishedAt);
    }

    /// <summary>
    /// Reads metadata lines from the top of <paramref name="lines"/> (blank lines between them allowed) into
    /// <paramref name="fields"/> and returns the index of the first body line.
    /// </summary>
    public static int ReadHeader(IReadOnlyList<string> lines, Fields fields)
    {
        var bodyStart = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var match = KeyValue().Match(lines[i]);
            if (!match.Success || !Set(fields, match.Groups["key"].Value, match.Groups["value"].Value))
            {
                break;
            }

            bodyStart = i + 1;
        }

        return bodyStart;
    }

    /// <summary>Sets one field from a "key: value" pair; false when the key is not metadata.</summary>
    public static bool Set(Fields fields, string key, string value)
    {
        switch (key.ToLowerInvariant())
        {
            case "title" or "headline":
                fields.Title ??= value;
                return true;
            case "url" or "link":
                fields.Url ??= value;
                return true;
            case "source" or "publisher":
                fields.Source ??= value;
                return true;
            case "date" or "published" or "publishedat" or "published_at" or "pubdate":
                fields.PublishedAt ??= DateValues.Parse(value);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Takes an inline "date 2022-09-23" off the start of <paramref name="line"/>; the rest of the line is body.</summary>
    public static string TakeInlineDate(string line, Fields fields)
    {
        var match = InlineDate().Match(line);
        if (!match.Success)
        {
            return line;
        }

        fields.PublishedAt ??= DateValues.Parse(match.Groups["date"].Value);
        return line[match.Length..];
    }
}
