namespace Graph.GraphQL.Language.Ast;

/// <summary>
/// Type system definitions and extensions (SDL). The engine builds schemas in code; these are parsed so that
/// tests can write schemas as SDL and so that validation can name a non-executable definition.
/// </summary>
public abstract class TypeSystemDefinitionNode(NameNode? name, bool isExtension, SourceLocation location) : DefinitionNode(location)
{
    /// <summary>The defined name; null for <c>schema</c> definitions.</summary>
    public NameNode? Name { get; } = name;

    public bool IsExtension { get; } = isExtension;

    public string? Description { get; internal set; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class SchemaDefinitionNode(IReadOnlyList<(OperationType Operation, NamedTypeNode Type)> operationTypes, bool isExtension, SourceLocation location)
    : TypeSystemDefinitionNode(null, isExtension, location)
{
    public IReadOnlyList<(OperationType Operation, NamedTypeNode Type)> OperationTypes { get; } = operationTypes;
}

public sealed class ScalarTypeDefinitionNode(NameNode name, bool isExtension, SourceLocation location)
    : TypeSystemDefinitionNode(name, isExtension, location);

public sealed class ObjectTypeDefinitionNode(NameNode name, bool isInterface, bool isExtension, SourceLocation location)
    : TypeSystemDefinitionNode(name, isExtension, location)
{
    public bool IsInterface { get; } = isInterface;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

public sealed class UnionTypeDefinitionNode(NameNode name, IReadOnlyList<NamedTypeNode> types, bool isExtension, SourceLocation location)
    : TypeSystemDefinitionNode(name, isExtension, location)
{
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;
}

public sealed class EnumTypeDefinitionNode(NameNode name, IReadOnlyList<EnumValueDefinitionNode> values, bool isExtension, SourceLocation location)
    : TypeSystemDefinitionNode(name, isExtension, location)
{
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;
}

public sealed class InputObjectTypeDefinitionNode(NameNode name, IReadOnlyList<InputValueDefinitionNode> fields, bool isExtension, SourceLocation location)
    : TypeSystemDefinitionNode(name, isExtension, location)
{
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
}

public sealed class DirectiveDefinitionNode(
    NameNode name, IReadOnlyList<InputValueDefinitionNode> arguments, bool repeatable, IReadOnlyList<NameNode> locations, SourceLocation location)
    : TypeSystemDefinitionNode(name, false, location)
{
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    public bool Repeatable { get; } = repeatable;

    public IReadOnlyList<NameNode> Locations { get; } = locations;
}

public sealed class FieldDefinitionNode(NameNode name, IReadOnlyList<InputValueDefinitionNode> arguments, TypeNode type, SourceLocation location)
    : Node(location)
{
    public NameNode Name { get; } = name;

    public string? Description { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;

    public TypeNode Type { get; } = type;

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class InputValueDefinitionNode(NameNode name, TypeNode type, ValueNode? defaultValue, SourceLocation location) : Node(location)
{
    public NameNode Name { get; } = name;

    public string? Description { get; init; }

    public TypeNode Type { get; } = type;

    public ValueNode? DefaultValue { get; } = defaultValue;

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class EnumValueDefinitionNode(NameNode name, SourceLocation location) : Node(location)
{
    public NameNode Name { get; } = name;

    public string? Description { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
