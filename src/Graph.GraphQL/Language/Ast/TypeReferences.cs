namespace Graph.GraphQL.Language.Ast;

/// <summary>A type reference as written in a document: <c>Name</c>, <c>[T]</c> or <c>T!</c>.</summary>
public abstract class TypeNode(SourceLocation location) : Node(location);

public sealed class NamedTypeNode(NameNode name, SourceLocation location) : TypeNode(location)
{
    public NameNode Name { get; } = name;

    public override string ToString() => Name.Value;
}

public sealed class ListTypeNode(TypeNode type, SourceLocation location) : TypeNode(location)
{
    public TypeNode Type { get; } = type;

    public override string ToString() => $"[{Type}]";
}

public sealed class NonNullTypeNode(TypeNode type, SourceLocation location) : TypeNode(location)
{
    public TypeNode Type { get; } = type;

    public override string ToString() => $"{Type}!";
}
