using Graph.Core.Model;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Text;

public class TextNormalizerTests
{
    [Fact]
    public void Quotes_spaces_and_hyphens_keep_their_positions()
    {
        var n = TextNormalizer.Normalize("\u201CIt\u2019s\u00A0done,\u201D she said\r\nin 1990\u20131995.");
        n.Text.Should().Be("\"It's done,\" she said \nin 1990-1995.");
        n.IsPositionPreserving.Should().BeTrue();
        n.ToRaw(5).Should().Be(5);
    }

    [Fact]
    public void Dashes_ellipses_and_invisible_characters_map_back_to_the_raw_text()
    {
        const string raw = "War\u2014peace\u2026 co\u00ADoperate";
        var n = TextNormalizer.Normalize(raw);
        n.Text.Should().Be("War--peace... cooperate");
        n.IsPositionPreserving.Should().BeFalse();
        var peace = n.Text.IndexOf("peace", StringComparison.Ordinal);
        raw[n.ToRaw(peace)..].Should().StartWith("peace");
        var coop = n.Text.IndexOf("cooperate", StringComparison.Ordinal);
        raw[n.ToRaw(coop)..].Should().StartWith("co\u00AD");
        n.ToRaw(n.Text.Length).Should().Be(raw.Length);
    }

    [Fact]
    public void The_prepared_document_uses_the_normalised_text()
    {
        var doc = DocumentPreparer.Prepare(new Article("a1", "h"), "Putin\u2019s aide left. Talks \u2014 stalled.");
        doc.Text.Should().Be("Putin's aide left. Talks -- stalled.");
        doc.Sentences.Should().HaveCount(2);
        var tok = doc.Sentences[0].Tokens[1];
        tok.Text.Should().Be("'s");
        doc.Text[tok.Span.Start..tok.Span.End].Should().Be("'s");
    }
}
