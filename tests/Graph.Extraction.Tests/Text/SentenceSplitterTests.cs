using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text) => SentenceSplitter.Split(text).Select(s => s.Text).ToArray();

    [Fact]
    public void Abbreviations_and_titles_do_not_end_a_sentence()
    {
        Sentences("Mr. Brown and Dr. Green met in the U.S. Senate on Jan. 12. They left.")
            .Should().Equal("Mr. Brown and Dr. Green met in the U.S. Senate on Jan. 12.", "They left.");
    }

    [Fact]
    public void An_abbreviation_at_the_end_of_a_sentence_ends_it_before_an_opener()
    {
        Sentences("Sales rose in the U.S. The firm was pleased.")
            .Should().Equal("Sales rose in the U.S.", "The firm was pleased.");
    }

    [Fact]
    public void Initials_decimals_and_ellipses()
    {
        Sentences("J. R. R. Tolkien earned 2.5 million... and then some. Fans cheered.")
            .Should().Equal("J. R. R. Tolkien earned 2.5 million... and then some.", "Fans cheered.");
        Sentences("It stalled... Then it fell.").Should().Equal("It stalled...", "Then it fell.");
    }

    [Fact]
    public void Closing_quotes_and_brackets_stay_with_their_sentence()
    {
        Sentences("\"We will win.\" She smiled. (It was late.) Nobody moved.")
            .Should().Equal("\"We will win.\"", "She smiled.", "(It was late.)", "Nobody moved.");
        Sentences("\"We will win,\" she said. \"Really?\" he asked.")
            .Should().Equal("\"We will win,\" she said.", "\"Really?\" he asked.");
    }

    [Fact]
    public void A_headline_line_and_bullets_are_sentences_of_their_own()
    {
        Sentences("Talks collapse in Geneva\n\nThe talks collapsed on Monday.\n• Prices rose\n• Rates fell")
            .Should().Equal("Talks collapse in Geneva", "The talks collapsed on Monday.", "• Prices rose", "• Rates fell");
    }

    [Fact]
    public void A_wrapped_line_that_goes_on_in_lower_case_is_one_sentence()
    {
        Sentences("The minister said the plan\nwould be ready soon.").Should().Equal("The minister said the plan\nwould be ready soon.");
    }

    [Fact]
    public void Sentences_have_indices_spans_and_tokens()
    {
        const string text = "First one. Second one!";
        var sentences = SentenceSplitter.Split(text);
        sentences.Should().HaveCount(2);
        sentences[1].Index.Should().Be(1);
        sentences[1].Span.Start.Should().Be(11);
        text[sentences[1].Span.Start..sentences[1].Span.End].Should().Be("Second one!");
        sentences[1].Tokens.Select(t => t.Index).Should().Equal(0, 1, 2);
        sentences[1].Tokens[2].Span.Start.Should().Be(21);
    }

    [Fact]
    public void Empty_text_has_no_sentences()
    {
        SentenceSplitter.Split("  \n ").Should().BeEmpty();
    }
}
