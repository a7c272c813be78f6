using Graph.Extraction.Models;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Parsing;

public class ParserTests
{
    private static IReadOnlyList<Token> Parsed(string text)
    {
        var sentence = SentenceSplitter.Split(text).Single();
        PretrainedModels.Tagger.Tag(sentence.Tokens);
        PretrainedModels.Parser.Parse(sentence.Tokens);
        return sentence.Tokens;
    }

    private static Token Word(IReadOnlyList<Token> tokens, string text) => tokens.Single(t => t.Text == text);

    private static Token HeadOf(IReadOnlyList<Token> tokens, Token t) => tokens[t.Head];

    [Fact]
    public void Active_clause_has_subject_and_object()
    {
        var t = Parsed("The rebels attacked the northern town on Monday.");
        var verb = Word(t, "attacked");
        verb.DepRel.Should().Be("root");
        verb.Head.Should().Be(-1);
        Word(t, "rebels").DepRel.Should().Be("nsubj");
        HeadOf(t, Word(t, "rebels")).Should().BeSameAs(verb);
        Word(t, "town").DepRel.Should().Be("obj");
        Word(t, "Monday").DepRel.Should().Be("obl");
    }

    [Fact]
    public void Passive_clause_has_passive_subject_and_agent()
    {
        var t = Parsed("The proposal was blocked by the committee.");
        var verb = Word(t, "blocked");
        verb.DepRel.Should().Be("root");
        Word(t, "proposal").DepRel.Should().Be("nsubj:pass");
        Word(t, "was").DepRel.Should().Be("aux:pass");
        var agent = Word(t, "committee");
        agent.DepRel.Should().StartWith("obl");
        HeadOf(t, agent).Should().BeSameAs(verb);
        Word(t, "by").DepRel.Should().Be("case");
    }

    [Fact]
    public void Of_phrase_modifies_the_noun()
    {
        var t = Parsed("She is the head of the farmers' union.");
        var union = Word(t, "union");
        union.DepRel.Should().Be("nmod");
        HeadOf(t, union).Text.Should().Be("head");
    }

    [Fact]
    public void Every_parse_is_a_tree_with_one_root()
    {
        var text = "Shares in the firm, which was founded in 1998, fell 5% after it said profits would be lower than expected. "
            + "\"We are disappointed,\" a spokesman told reporters in London on Friday.";
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            PretrainedModels.Tagger.Tag(sentence.Tokens);
            PretrainedModels.Parser.Parse(sentence.Tokens);
            sentence.Tokens.Count(x => x.Head == -1).Should().Be(1);
            foreach (var token in sentence.Tokens)
            {
                // Walking up from any token reaches the root without a cycle.
                var steps = 0;
                for (var h = token; h.Head >= 0; h = sentence.Tokens[h.Head])
                {
                    (++steps).Should().BeLessThanOrEqualTo(sentence.Tokens.Count);
                }

                token.DepRel.Should().NotBeEmpty();
            }
        }
    }
}
