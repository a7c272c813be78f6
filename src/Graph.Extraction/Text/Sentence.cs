using Graph.Core.Model;

namespace Graph.Extraction.Text;

/// <summary>One sentence of an article: its index, where it stands, its text and its tokens.</summary>
public sealed class Sentence(int index, TextSpan span, string text, IReadOnlyList<Token> tokens)
{
    public int Index { get; } = index;

    public TextSpan Span { get; } = span;

    public string Text { get; } = text;

    public IReadOnlyList<Token> Tokens { get; } = tokens;

    /// <summary>The dependents of a token, in sentence order.</summary>
    public IEnumerable<Token> Children(Token head) => Tokens.Where(t => t.Head == head.Index);

    public override string ToString() => Text;
}
