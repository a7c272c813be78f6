namespace Graph.Core.Model;

/// <summary>A character range [Start, End) in an article's text, as .NET string indices (UTF-16).</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public static TextSpan Of(int start, int length) => new(start, start + length);

    public override string ToString() => $"{Start}..{End}";
}
