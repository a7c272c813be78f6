namespace Graph.GraphQL.Language.Ast;

/// <summary>Every syntax node knows where it starts in the document.</summary>
public abstract class Node
{
    protected Node(SourceLocation location) => Location = location;

    public SourceLocation Location { get; }
}

/// <summary>A name token, kept as a node so messages can point at it.</summary>
public sealed class NameNode(string value, SourceLocation location) : Node(location)
{
    public string Value { get; } = value;

    public override string ToString() => Value;
}
