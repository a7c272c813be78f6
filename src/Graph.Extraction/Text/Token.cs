using Graph.Core.Model;

namespace Graph.Extraction.Text;

/// <summary>
/// One token of a sentence, filled in stage by stage: the tokenizer sets text and span, the tagger
/// <see cref="Upos"/>/<see cref="Xpos"/>, the lemmatizer <see cref="Lemma"/>, the parser
/// <see cref="Head"/>/<see cref="DepRel"/> (Universal Dependencies conventions), the recognizer <see cref="Ner"/>.
/// Mutable on purpose: the pipeline annotates in place rather than copying every token per stage.
/// </summary>
public sealed class Token(int index, string text, TextSpan span)
{
    /// <summary>Position in the sentence, from 0.</summary>
    public int Index { get; } = index;

    /// <summary>The token as it stands in the (normalised) text.</summary>
    public string Text { get; } = text;

    /// <summary>Where the token stands in the article's text.</summary>
    public TextSpan Span { get; } = span;

    /// <summary>Universal part-of-speech tag (NOUN, PROPN, VERB, …).</summary>
    public string Upos { get; set; } = "X";

    /// <summary>Penn Treebank tag (NN, NNP, VBD, …), where the tagger predicts one.</summary>
    public string? Xpos { get; set; }

    public string Lemma { get; set; } = string.Empty;

    /// <summary>Index of the head token in the sentence; -1 for the root.</summary>
    public int Head { get; set; } = -1;

    /// <summary>Universal dependency relation to the head (nsubj, obj, obl, nmod, …; "root" for the root).</summary>
    public string DepRel { get; set; } = string.Empty;

    /// <summary>IOB2 entity tag (B-PERSON, I-ORGANIZATION, O, …) with the GUIDELINES types.</summary>
    public string Ner { get; set; } = "O";

    public override string ToString() => Text;
}
