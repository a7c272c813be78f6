using Graph.Extraction.Models;
using Graph.Extraction.Tagging;
using Graph.Extraction.Text;

namespace Graph.Extraction.Parsing;

/// <summary>
/// Runs the statistical stages over split text: part-of-speech tags, lemmas, then dependencies,
/// filling in each <see cref="Token"/>. Uses the shipped models unless given others. Thread-safe.
/// </summary>
public sealed class SyntaxAnnotator(PosTagger tagger, Lemmatizer lemmatizer, DependencyParser parser)
{
    private static readonly Lazy<SyntaxAnnotator> DefaultInstance =
        new(() => new SyntaxAnnotator(PretrainedModels.Tagger, PretrainedModels.Lemmatizer, PretrainedModels.Parser));

    /// <summary>The annotator with the models shipped in this assembly (loaded on first use).</summary>
    public static SyntaxAnnotator Default => DefaultInstance.Value;

    public void Annotate(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.Tokens.Count == 0)
        {
            return;
        }

        tagger.Tag(sentence.Tokens);
        lemmatizer.Lemmatize(sentence.Tokens);
        parser.Parse(sentence.Tokens);
    }

    public void Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var sentence in document.Sentences)
        {
            Annotate(sentence);
        }
    }
}
