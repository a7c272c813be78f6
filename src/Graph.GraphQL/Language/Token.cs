namespace Graph.GraphQL.Language;

/// <summary>One lexical token: its kind, where it is, and (for names, numbers and strings) its value.</summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    public SourceLocation Location => new(Line, Column, Start);

    /// <summary>The token as graphql-js names it in messages: kind, then the value in quotes when it has one.</summary>
    public string Describe() => Value is null ? TokenKindNames.Describe(Kind) : $"{TokenKindNames.Describe(Kind)} \"{Value}\"";
}
