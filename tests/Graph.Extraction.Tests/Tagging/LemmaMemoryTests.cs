using Graph.Extraction.Models;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Tagging;

/// <summary>The lemmatiser remembers lemmas per thread: a remembered lemma must be the one it would work out, for the same form under other tags too.</summary>
public class LemmaMemoryTests
{
    [Fact]
    public void Remembered_lemmas_are_those_worked_out_and_keep_apart_by_tag()
    {
        var lemmatizer = PretrainedModels.Lemmatizer;
        var tokens = SentenceSplitter.Split("She saw the saw and the Saw Mills , then saw them again .").Single().Tokens;
        string[] xpos = ["PRP", "VBD", "DT", "NN", "CC", "DT", "NNP", "NNPS", ",", "RB", "VBD", "PRP", "RB", "."];
        string[] upos = ["PRON", "VERB", "DET", "NOUN", "CCONJ", "DET", "PROPN", "PROPN", "PUNCT", "ADV", "VERB", "PRON", "ADV", "PUNCT"];
        tokens.Should().HaveCount(xpos.Length);
        for (var i = 0; i < tokens.Count; i++)
        {
            tokens[i].Xpos = xpos[i];
            tokens[i].Upos = upos[i];
        }

        // Twice: the second pass reads every lemma from memory.
        for (var pass = 0; pass < 2; pass++)
        {
            lemmatizer.Lemmatize(tokens);
            for (var i = 0; i < tokens.Count; i++)
            {
                tokens[i].Lemma.Should().Be(lemmatizer.Lemma(tokens[i].Text, xpos[i], upos[i]), $"pass {pass}, token {i} '{tokens[i].Text}'");
            }
        }

        tokens[1].Lemma.Should().Be("see");
        tokens[3].Lemma.Should().Be("saw");
        tokens[10].Lemma.Should().Be("see");
    }
}
