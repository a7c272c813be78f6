namespace Graph.GraphQL.Language;

/// <summary>A position in a GraphQL document: 1-based line and column (as the spec's error locations use) and the 0-based character offset.</summary>
public readonly record struct SourceLocation(int Line, int Column, int Offset)
{
    /// <summary>Where a node or error has no position (e.g. built programmatically).</summary>
    public static readonly SourceLocation None = new(0, 0, -1);

    public bool IsKnown => Line > 0;
}
