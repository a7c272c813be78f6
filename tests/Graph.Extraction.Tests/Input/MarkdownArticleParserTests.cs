using Graph.Extraction.Input;

namespace Graph.Extraction.Tests.Input;

public class MarkdownArticleParserTests
{
    [Fact]
    public void Front_matter_and_first_heading_give_metadata()
    {
        var content = MarkdownArticleParser.Parse("---\nurl: \"https://example.org/md\"\ndate: 2021-05-04\n---\n# Harbour reopens\n\nThe port **reopened** on _Tuesday_.\n");
        content.Url.Should().Be("https://example.org/md");
        content.PublishedAt.Should().Be(new DateTimeOffset(2021, 5, 4, 0, 0, 0, TimeSpan.Zero));
        content.Title.Should().Be("Harbour reopens");
        content.Body.Should().Be("The port reopened on Tuesday.");
    }

    [Fact]
    public void Links_images_code_and_quotes_are_stripped_to_their_words()
    {
        const string markdown = """
            # Title

            See the [statement](https://example.org/s "s") and ![a chart](chart.png) of `figures`.

            > Quoted words,
            > over two lines.

            ```
            var code = "dropped";
            ```

            - first item
            - second item

            ## Background

            Some snake_case_word stays; a \*literal\* star too.

            | a | b |
            |---|---|
            | c | d |
            """;
        var body = MarkdownArticleParser.Parse(markdown).Body;
        body.Should().Be(
            "See the statement and of figures.\n\nQuoted words, over two lines.\n\nfirst item\n\nsecond item\n\n"
            + "Background\n\nSome snake_case_word stays; a *literal* star too.\n\na b\n\nc d");
    }

    [Fact]
    public void Setext_heading_becomes_title()
    {
        var content = MarkdownArticleParser.Parse("Election called\n===============\n\nVoters go to the polls.");
        content.Title.Should().Be("Election called");
        content.Body.Should().Be("Voters go to the polls.");
    }
}
