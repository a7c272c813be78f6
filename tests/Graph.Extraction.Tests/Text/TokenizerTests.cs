using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Text;

public class TokenizerTests
{
    private static string[] Tokens(string text) => Tokenizer.Tokenize(text).Select(s => text[s.Start..s.End]).ToArray();

    [Theory]
    [InlineData("They don't know.", "They|do|n't|know|.")]
    [InlineData("The minister's plan can't work", "The|minister|'s|plan|ca|n't|work")]
    [InlineData("We'll see, I'm sure they've left.", "We|'ll|see|,|I|'m|sure|they|'ve|left|.")]
    [InlineData("She cannot stay", "She|can|not|stay")]
    [InlineData("The U.S. economy grew 3.5% in 2023.", "The|U.S.|economy|grew|3.5|%|in|2023|.")]
    [InlineData("It cost $1,250,000 at 10:30 on 9/11.", "It|cost|$|1,250,000|at|10:30|on|9/11|.")]
    [InlineData("A Kremlin-backed group (the rebels) said \"no\".", "A|Kremlin-backed|group|(|the|rebels|)|said|\"|no|\"|.")]
    [InlineData("Mr. Smith met Dr. Jones on Jan. 5.", "Mr.|Smith|met|Dr.|Jones|on|Jan.|5|.")]
    [InlineData("See https://example.org/a?b=1, or mail info@example.com.", "See|https://example.org/a?b=1|,|or|mail|info@example.com|.")]
    [InlineData("Wait... what?!", "Wait|...|what|?!")]
    [InlineData("J. R. R. Tolkien wrote it", "J.|R.|R.|Tolkien|wrote|it")]
    [InlineData("the players' union and/or O'Brien", "the|players|'|union|and|/|or|O'Brien")]
    [InlineData("He left -- quietly.", "He|left|--|quietly|.")]
    [InlineData("It was in the '90s", "It|was|in|the|'90s")]
    public void Splits_like_the_treebank(string text, string expected)
    {
        Tokens(text).Should().Equal(expected.Split('|'));
    }

    [Fact]
    public void Spans_point_into_the_text()
    {
        const string text = "  Don't   stop (now).";
        var spans = Tokenizer.Tokenize(text);
        spans.Select(s => text.Substring(s.Start, s.Length)).Should().Equal("Do", "n't", "stop", "(", "now", ")", ".");
        spans[0].Start.Should().Be(2);
        spans.Should().BeInAscendingOrder(s => s.Start);
    }

    [Fact]
    public void A_plain_word_before_a_stop_loses_it()
    {
        Tokens("He sat.").Should().Equal("He", "sat", ".");
        Tokens("He bought No. 10").Should().Equal("He", "bought", "No.", "10");
        Tokens("He said No.").Should().Equal("He", "said", "No", ".");
    }
}
