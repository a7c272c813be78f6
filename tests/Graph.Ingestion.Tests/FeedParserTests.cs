using System.Text;
using Graph.Ingestion.Sources;

namespace Graph.Ingestion.Tests;

public sealed class FeedParserTests
{
    private static IReadOnlyList<FeedEntry> Parse(string xml) => FeedParser.Parse(Encoding.UTF8.GetBytes(xml), "feed.xml", 1_000_000);

    [Fact]
    public void Rss_items_carry_guid_link_title_date_and_full_text()
    {
        var entries = Parse("""
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
              <item><title>One</title><link>https://example.org/1</link><guid>g-1</guid><pubDate>Tue, 10 Jun 2025 04:00:00 GMT</pubDate>
                <description>Short</description><content:encoded><![CDATA[<p>Full text</p>]]></content:encoded></item>
              <item><title>Two</title><link>https://example.org/2</link></item>
            </channel></rss>
            """);
        entries.Should().HaveCount(2);
        entries[0].Should().Be(new FeedEntry("g-1", "https://example.org/1", "One", new DateTimeOffset(2025, 6, 10, 4, 0, 0, TimeSpan.Zero), "<p>Full text</p>"));
        entries[1].Key.Should().Be("https://example.org/2", "without a guid the link is the key");
    }

    [Fact]
    public void Atom_entries_are_read()
    {
        var entries = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
              <entry><id>urn:1</id><title>A</title><link rel="alternate" href="https://example.org/a"/><published>2025-01-02T03:04:05Z</published><content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry>
            </feed>
            """);
        entries.Should().ContainSingle().Which.Should().Be(new FeedEntry("urn:1", "https://example.org/a", "A", new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero), "<p>Body</p>"));
    }

    [Fact]
    public void Malformed_xml_and_dtds_are_refused_with_a_clear_error()
    {
        FluentActions.Invoking(() => Parse("<rss><channel><item></channel></rss>")).Should().Throw<FeedFormatException>().WithMessage("feed.xml: malformed feed XML:*");
        FluentActions.Invoking(() => Parse("""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "y">]><rss><channel/></rss>"""))
            .Should().Throw<FeedFormatException>("a DTD (and so an entity expansion) is never processed");
        FluentActions.Invoking(() => Parse("<html><body/></html>")).Should().Throw<FeedFormatException>().WithMessage("*not an RSS or Atom feed*");
    }
}
