using Graph.Core.Model;

namespace Graph.Extraction.Entities;

/// <summary>
/// One place where an article refers to an entity: tokens [<see cref="StartToken"/>, <see cref="EndToken"/>) of
/// sentence <see cref="SentenceIndex"/>, which cover <see cref="Span"/> of <see cref="Text.Document.Text"/>.
/// </summary>
/// <param name="SentenceIndex">Index of the sentence in <see cref="Text.Document.Sentences"/>.</param>
/// <param name="StartToken">First token of the mention (token index within the sentence).</param>
/// <param name="EndToken">One past the last token.</param>
/// <param name="Span">Character range in the document text.</param>
/// <param name="Text">The mention as written (the document text at <paramref name="Span"/>).</param>
/// <param name="Type">One of <see cref="EntityTypes"/>.</param>
public sealed record Mention(int SentenceIndex, int StartToken, int EndToken, TextSpan Span, string Text, string Type)
{
    public MentionKind Kind { get; init; } = MentionKind.Name;

    /// <summary>
    /// The name a lexicon says this mention stands for, when that differs from its text: "Russian" → "Russia",
    /// "U.S." → "United States". Grouping uses it to join the mention to that entity. Null otherwise.
    /// </summary>
    public string? Referent { get; init; }

    /// <summary>
    /// Title or role words written right before the name and kept out of <see cref="Span"/>:
    /// "Chinese President" in "Chinese President Xi Jinping". Null when there is none.
    /// </summary>
    public string? Title { get; init; }

    /// <summary>Where <see cref="Title"/> stands in the document text; null when there is no title.</summary>
    public TextSpan? TitleSpan { get; init; }

    /// <summary>How sure the recognizer is, 0..1.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>Number of tokens.</summary>
    public int TokenCount => EndToken - StartToken;

    /// <summary>True when the two mentions share at least one token of the same sentence.</summary>
    public bool Overlaps(Mention other) =>
        other.SentenceIndex == SentenceIndex && other.StartToken < EndToken && StartToken < other.EndToken;

    public override string ToString() => $"{Type}:{Text}@{SentenceIndex}[{StartToken},{EndToken})";
}
