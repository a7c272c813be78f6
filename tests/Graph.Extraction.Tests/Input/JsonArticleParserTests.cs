using System.Text;
using Graph.Extraction.Input;

namespace Graph.Extraction.Tests.Input;

public class JsonArticleParserTests
{
    private static Graph.Extraction.Text.Document Read(string json) => ArticleReader.Read(Encoding.UTF8.GetBytes(json), "wire/item-9.json");

    [Fact]
    public void Fields_are_read()
    {
        var doc = Read("""{"title":"Ministers meet","url":"https://example.org/9","publishedAt":"2023-03-01T10:15:00Z","text":"The ministers met.\n\nThey talked."}""");
        doc.Article.Id.Should().Be("item-9");
        doc.Article.Title.Should().Be("Ministers meet");
        doc.Article.Url.Should().Be("https://example.org/9");
        doc.Article.PublishedAt.Should().Be(new DateTimeOffset(2023, 3, 1, 10, 15, 0, TimeSpan.Zero));
        doc.Text.Should().Be("The ministers met.\n\nThey talked.");
    }

    [Fact]
    public void Not_json_is_reported()
    {
        var act = () => Read("{\"title\": \"unterminated");
        act.Should().Throw<ArticleInputException>().WithMessage("wire/item-9.json: is not valid JSON*");
    }

    [Fact]
    public void Missing_text_is_reported()
    {
        var act = () => Read("""{"title":"No body"}""");
        act.Should().Throw<ArticleInputException>().WithMessage("wire/item-9.json: JSON article has no \"text\" field");
    }

    [Fact]
    public void Wrong_shapes_are_reported()
    {
        var array = () => Read("[1,2]");
        array.Should().Throw<ArticleInputException>().WithMessage("*must be an object*not array");
        var number = () => Read("""{"text": 42}""");
        number.Should().Throw<ArticleInputException>().WithMessage("*\"text\" must be a string, not number");
    }
}
