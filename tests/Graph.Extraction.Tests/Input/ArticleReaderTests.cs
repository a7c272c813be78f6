using System.Text;
using Graph.Core.Model;
using Graph.Extraction.Input;
using Graph.TestSupport;

namespace Graph.Extraction.Tests.Input;

public class ArticleReaderTests
{
    private static Graph.Extraction.Text.Document Read(string text, string fileName, string? contentType = null) =>
        ArticleReader.Read(Encoding.UTF8.GetBytes(text), fileName, contentType);

    [Fact]
    public void Metadata_lines_become_article_fields_and_stay_out_of_the_body()
    {
        var doc = Read("title: Talks in Geneva\nurl: https://example.org/a/1\ndate: 2022-09-23\nsource: Example Wire\n\nThe ministers met on Monday.\nThey agreed on little.\n\nA second paragraph.", "feeds/story-17.txt");

        doc.Article.Id.Should().Be("story-17");
        doc.Article.Title.Should().Be("Talks in Geneva");
        doc.Article.Url.Should().Be("https://example.org/a/1");
        doc.Article.Source.Should().Be("Example Wire");
        doc.Article.PublishedAt.Should().Be(new DateTimeOffset(2022, 9, 23, 0, 0, 0, TimeSpan.Zero));
        doc.Text.Should().Be("The ministers met on Monday. They agreed on little.\n\nA second paragraph.");
    }

    [Fact]
    public void Content_hash_is_the_hash_of_the_decoded_raw_text()
    {
        const string raw = "title: T\n\nBody text here.";
        Read(raw, "x.txt").Article.ContentHash.Should().Be(ContentHash.Of(raw));
    }

    [Fact]
    public void Inline_date_before_the_body_is_taken_as_the_date()
    {
        var doc = Read(" date 2022-09-23 The next defeat followed a week later.\n\nMore text.", "inline.txt");
        doc.Article.PublishedAt.Should().Be(new DateTimeOffset(2022, 9, 23, 0, 0, 0, TimeSpan.Zero));
        doc.Text.Should().StartWith("The next defeat followed");
        doc.Article.Title.Should().BeNull();
    }

    [Fact]
    public void Seed_article_with_inline_date_reads()
    {
        var path = RepoPaths.InShared("extraction", "articles", "seed-003.txt");
        var doc = ArticleReader.ReadFile(path);
        doc.Article.Id.Should().Be("seed-003");
        doc.Article.PublishedAt!.Value.Date.Should().Be(new DateTime(2022, 9, 23));
        doc.Text.Should().NotStartWith("date").And.NotStartWith(" ");
        doc.Article.ContentHash.Should().Be(ContentHash.Of(File.ReadAllText(path)));
    }

    [Fact]
    public void Bbc_layout_gives_the_headline_as_title()
    {
        var path = RepoPaths.InShared("data", "bbc-news-fulltext", "business", "001.txt");
        var doc = ArticleReader.ReadFile(path);
        var firstLine = File.ReadAllLines(path)[0];
        doc.Article.Id.Should().Be("001");
        doc.Article.Title.Should().Be(firstLine.Trim());
        doc.Text.Should().NotContain(firstLine.Trim() + "\n");
        doc.Text.Length.Should().BeGreaterThan(500);
    }

    [Fact]
    public void A_first_line_that_ends_like_a_sentence_is_body_not_headline()
    {
        var doc = Read("The summit ended early.\n\nDelegates left on Friday.", "s.txt");
        doc.Article.Title.Should().BeNull();
        doc.Text.Should().Be("The summit ended early.\n\nDelegates left on Friday.");
    }

    [Fact]
    public void Windows_line_endings_are_normalised()
    {
        var doc = Read("title: X\r\n\r\nOne line\r\nwrapped.\r\n\r\nNext.", "crlf.txt");
        doc.Text.Should().Be("One line wrapped.\n\nNext.");
    }

    [Fact]
    public void Metadata_without_a_body_is_refused()
    {
        var act = () => Read("title: Only a title\nurl: https://example.org\n", "meta-only.txt");
        act.Should().Throw<ArticleInputException>().WithMessage("meta-only.txt: has no article text*");
    }

    [Fact]
    public void A_content_type_that_is_not_text_is_refused()
    {
        var act = () => Read("whatever", "upload", "image/png");
        act.Should().Throw<ArticleInputException>().WithMessage("upload: content type 'image/png' is not an article format*");
    }

    [Fact]
    public void Missing_file_is_reported_with_its_path()
    {
        var act = () => ArticleReader.ReadFile("/nonexistent/nowhere.txt");
        act.Should().Throw<ArticleInputException>().WithMessage("/nonexistent/nowhere.txt: cannot be read*");
    }

    [Fact]
    public void Format_is_sniffed_when_the_name_says_nothing()
    {
        Read("{\"title\":\"T\",\"text\":\"Body.\"}", "no-extension").Article.Title.Should().Be("T");
        Read("<!DOCTYPE html><html><head><title>H</title></head><body><p>Some body text that is long enough.</p></body></html>", "page")
            .Text.Should().Be("Some body text that is long enough.");
    }
}
