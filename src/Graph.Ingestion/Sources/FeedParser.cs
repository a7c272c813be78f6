using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Graph.Ingestion.Sources;

/// <summary>One entry of a feed: a stable key (guid or id, else the link), its link, and its text when it carries any.</summary>
public sealed record FeedEntry(string Key, string? Link, string? Title, DateTimeOffset? PublishedAt, string? Html);

/// <summary>A feed that cannot be read (not XML, not RSS or Atom); the message says where and why.</summary>
public sealed class FeedFormatException : Exception
{
    public FeedFormatException(string message)
        : base(message)
    {
    }

    public FeedFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FeedFormatException()
        : this("not a feed")
    {
    }
}

/// <summary>
/// Reads RSS (2.0 and 1.0) and Atom feeds with safe XML settings: no DTDs, no external resolution, a cap on the
/// document's size, so a hostile feed cannot expand entities or reach out.
/// </summary>
public static class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <exception cref="FeedFormatException">Malformed XML or not a feed.</exception>
    public static IReadOnlyList<FeedEntry> Parse(byte[] bytes, string name, long maxCharacters)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1_024,
            MaxCharactersInDocument = maxCharacters,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        XDocument document;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FeedFormatException($"{name}: malformed feed XML: {e.Message}", e);
        }

        var root = document.Root ?? throw new FeedFormatException($"{name}: empty XML document");
        if (root.Name == Atom + "feed") return [.. root.Elements(Atom + "entry").Select(AtomEntry).OfType<FeedEntry>()];
        if (root.Name.LocalName is "rss" or "RDF") return [.. root.Descendants().Where(e => e.Name.LocalName == "item").Select(RssItem).OfType<FeedEntry>()];
        throw new FeedFormatException($"{name}: not an RSS or Atom feed (the root element is <{root.Name.LocalName}>)");
    }

    private static FeedEntry? RssItem(XElement item)
    {
        var link = Child(item, "link")?.Trim();
        var key = Child(item, "guid")?.Trim() is { Length: > 0 } guid ? guid : link;
        if (string.IsNullOrEmpty(key)) return null;
        var html = item.Element(Content + "encoded")?.Value is { Length: > 0 } full ? full : Child(item, "description");
        var date = Child(item, "pubDate") ?? item.Element(DublinCore + "date")?.Value;
        return new FeedEntry(key, NullIfEmpty(link), NullIfEmpty(Child(item, "title")?.Trim()), Date(date), NullIfEmpty(html));
    }

    private static FeedEntry? AtomEntry(XElement entry)
    {
        var links = entry.Elements(Atom + "link").ToList();
        var link = (links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault())?.Attribute("href")?.Value.Trim();
        var key = entry.Element(Atom + "id")?.Value.Trim() is { Length: > 0 } id ? id : link;
        if (string.IsNullOrEmpty(key)) return null;
        var html = entry.Element(Atom + "content")?.Value is { Length: > 0 } full ? full : entry.Element(Atom + "summary")?.Value;
        var date = entry.Element(Atom + "published")?.Value ?? entry.Element(Atom + "updated")?.Value;
        return new FeedEntry(key, NullIfEmpty(link), NullIfEmpty(entry.Element(Atom + "title")?.Value.Trim()), Date(date), NullIfEmpty(html));
    }

    private static string? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    // RFC 822 dates ("Tue, 10 Jun 2025 04:00:00 GMT" or "+0000") and ISO 8601 both parse here; anything else is no date.
    private static DateTimeOffset? Date(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)) return value;
        var named = text.Replace(" GMT", " +0000", StringComparison.Ordinal).Replace(" UT", " +0000", StringComparison.Ordinal);
        return DateTimeOffset.TryParseExact(named, ["ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzz"],
            CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value)
            ? value
            : null;
    }
}
