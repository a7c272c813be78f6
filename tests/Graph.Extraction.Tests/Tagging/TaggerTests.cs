using Graph.Extraction.Models;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Tagging;

public class TaggerTests
{
    private static IReadOnlyList<Token> Tagged(string text)
    {
        var sentence = SentenceSplitter.Split(text).Single();
        PretrainedModels.Tagger.Tag(sentence.Tokens);
        PretrainedModels.Lemmatizer.Lemmatize(sentence.Tokens);
        return sentence.Tokens;
    }

    [Fact]
    public void Tags_a_plain_sentence()
    {
        var tokens = Tagged("The minister criticized the new plan on Tuesday.");
        tokens.Select(t => t.Upos).Should().Equal("DET", "NOUN", "VERB", "DET", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT");
        tokens[2].Xpos.Should().Be("VBD");
    }

    [Fact]
    public void Tags_contractions_and_possessives_as_the_treebank_does()
    {
        var tokens = Tagged("The company's chief didn't resign.");
        tokens.Select(t => t.Text).Should().Equal("The", "company", "'s", "chief", "did", "n't", "resign", ".");
        tokens[2].Xpos.Should().Be("POS");
        tokens[5].Upos.Should().Be("PART");
        tokens[6].Upos.Should().Be("VERB");
    }

    [Theory]
    [InlineData("The senator criticized the deal.", "criticized", "criticize")]
    [InlineData("Officials sought a new agreement.", "sought", "seek")]
    [InlineData("The two leaders met in Paris.", "met", "meet")]
    [InlineData("The talks were blocked by the council.", "were", "be")]
    [InlineData("Prices rose as buyers fled.", "buyers", "buyer")]
    [InlineData("Sought by police, he fled.", "Sought", "seek")]
    public void Lemmatises_regular_and_irregular_words(string text, string word, string lemma)
    {
        Tagged(text).Single(t => t.Text == word).Lemma.Should().Be(lemma);
    }

    [Fact]
    public void Proper_nouns_keep_their_case_as_lemma()
    {
        Tagged("Maria Lopez visited Brazil.").Take(2).Select(t => t.Lemma).Should().Equal("Maria", "Lopez");
    }

    [Fact]
    public void Tags_the_same_from_many_threads_at_once()
    {
        var texts = Enumerable.Range(0, 64).Select(i => $"Officials in city {i} said the talks had failed again.").ToArray();
        string Run(string text) => string.Join(' ', Tagged(text).Select(t => t.Xpos));
        var sequential = texts.Select(Run).ToArray();
        var parallel = texts.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(Run).ToArray();
        parallel.Should().Equal(sequential);
    }
}
