namespace Graph.GraphQL.Language.Ast;

public sealed class SelectionSetNode(IReadOnlyList<SelectionNode> selections, SourceLocation location) : Node(location)
{
    public IReadOnlyList<SelectionNode> Selections { get; } = selections;
}

public abstract class SelectionNode(IReadOnlyList<DirectiveNode> directives, SourceLocation location) : Node(location)
{
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

public sealed class FieldNode(
    NameNode? alias,
    NameNode name,
    IReadOnlyList<ArgumentNode> arguments,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode? selectionSet,
    SourceLocation location) : SelectionNode(directives, location)
{
    public NameNode? Alias { get; } = alias;

    public NameNode Name { get; } = name;

    /// <summary>The key this field has in the response: its alias, else its name.</summary>
    public string ResponseName => Alias?.Value ?? Name.Value;

    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

    public SelectionSetNode? SelectionSet { get; } = selectionSet;
}

public sealed class FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode> directives, SourceLocation location)
    : SelectionNode(directives, location)
{
    public NameNode Name { get; } = name;
}

public sealed class InlineFragmentNode(
    NamedTypeNode? typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, SourceLocation location)
    : SelectionNode(directives, location)
{
    public NamedTypeNode? TypeCondition { get; } = typeCondition;

    public SelectionSetNode SelectionSet { get; } = selectionSet;
}
