namespace Graph.GraphQL.Language.Ast;

/// <summary>A parsed document: its definitions in source order, and the text it was read from.</summary>
public sealed class DocumentNode(IReadOnlyList<DefinitionNode> definitions, string source) : Node(new SourceLocation(1, 1, 0))
{
    public IReadOnlyList<DefinitionNode> Definitions { get; } = definitions;

    public string Source { get; } = source;

    public IEnumerable<OperationDefinitionNode> Operations => Definitions.OfType<OperationDefinitionNode>();

    public IEnumerable<FragmentDefinitionNode> Fragments => Definitions.OfType<FragmentDefinitionNode>();

    /// <summary>Execution's reusable plan for this document (see Execution.ExecutionPlan), created on first execution.</summary>
    internal object? ExecutionPlan;
}

public abstract class DefinitionNode(SourceLocation location) : Node(location);

/// <summary>Definitions that can appear in a request (operations and fragments).</summary>
public abstract class ExecutableDefinitionNode(SourceLocation location) : DefinitionNode(location)
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }

    public abstract SelectionSetNode SelectionSet { get; }
}

public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

public sealed class OperationDefinitionNode(
    OperationType operation,
    NameNode? name,
    IReadOnlyList<VariableDefinitionNode> variableDefinitions,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    SourceLocation location) : ExecutableDefinitionNode(location)
{
    public OperationType Operation { get; } = operation;

    public NameNode? Name { get; } = name;

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override SelectionSetNode SelectionSet { get; } = selectionSet;
}

public sealed class VariableDefinitionNode(
    VariableNode variable, TypeNode type, ValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives, SourceLocation location)
    : Node(location)
{
    public VariableNode Variable { get; } = variable;

    public TypeNode Type { get; } = type;

    public ValueNode? DefaultValue { get; } = defaultValue;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

public sealed class FragmentDefinitionNode(
    NameNode name, NamedTypeNode typeCondition, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, SourceLocation location)
    : ExecutableDefinitionNode(location)
{
    public NameNode Name { get; } = name;

    public NamedTypeNode TypeCondition { get; } = typeCondition;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override SelectionSetNode SelectionSet { get; } = selectionSet;
}

public sealed class DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments, SourceLocation location) : Node(location)
{
    public NameNode Name { get; } = name;

    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
}

public sealed class ArgumentNode(NameNode name, ValueNode value, SourceLocation location) : Node(location)
{
    public NameNode Name { get; } = name;

    public ValueNode Value { get; } = value;
}
