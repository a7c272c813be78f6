namespace Graph.GraphQL.Language;

/// <summary>Limits applied while reading a document.</summary>
public sealed record ParserOptions
{
    public static readonly ParserOptions Default = new();

    /// <summary>The most tokens a document may hold; the lexer stops reading at the first token past it.</summary>
    public int MaxTokens { get; init; } = int.MaxValue;
}
