namespace Graph.GraphQL.Language.Ast;

/// <summary>An input value literal (spec §2.9).</summary>
public abstract class ValueNode(SourceLocation location) : Node(location);

public sealed class VariableNode(NameNode name, SourceLocation location) : ValueNode(location)
{
    public NameNode Name { get; } = name;
}

public sealed class IntValueNode(string value, SourceLocation location) : ValueNode(location)
{
    public string Value { get; } = value;
}

public sealed class FloatValueNode(string value, SourceLocation location) : ValueNode(location)
{
    public string Value { get; } = value;
}

public sealed class StringValueNode(string value, bool block, SourceLocation location) : ValueNode(location)
{
    public string Value { get; } = value;

    public bool Block { get; } = block;
}

public sealed class BooleanValueNode(bool value, SourceLocation location) : ValueNode(location)
{
    public bool Value { get; } = value;
}

public sealed class NullValueNode(SourceLocation location) : ValueNode(location);

public sealed class EnumValueNode(string value, SourceLocation location) : ValueNode(location)
{
    public string Value { get; } = value;
}

public sealed class ListValueNode(IReadOnlyList<ValueNode> values, SourceLocation location) : ValueNode(location)
{
    public IReadOnlyList<ValueNode> Values { get; } = values;
}

public sealed class ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields, SourceLocation location) : ValueNode(location)
{
    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;
}

public sealed class ObjectFieldNode(NameNode name, ValueNode value, SourceLocation location) : Node(location)
{
    public NameNode Name { get; } = name;

    public ValueNode Value { get; } = value;
}
