namespace Graph.GraphQL.Types;

/// <summary>The kinds of types (the values of introspection's <c>__TypeKind</c>).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}

/// <summary>Any GraphQL type: a named type or a list / non-null wrapper around one.</summary>
public abstract class GraphQLType
{
    public abstract TypeKind Kind { get; }

    /// <summary>The named type inside any wrappers.</summary>
    public abstract NamedType Named { get; }

    /// <summary>The type with a non-null wrapper removed, if any.</summary>
    public GraphQLType Nullable => this is NonNullType nn ? nn.OfType : this;

    public bool IsInputType => Named is ScalarType or EnumType or InputObjectType;

    public bool IsOutputType => Named is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;

    public bool IsLeaf => Named is ScalarType or EnumType;
}

/// <summary>A type with a name (not a wrapper).</summary>
public abstract class NamedType(string name, string? description) : GraphQLType
{
    public string Name { get; } = name;

    public string? Description { get; internal set; } = description;

    public override NamedType Named => this;

    public bool IsComposite => this is ObjectType or InterfaceType or UnionType;

    public bool IsAbstract => this is InterfaceType or UnionType;

    public override string ToString() => Name;
}

/// <summary><c>[T]</c>.</summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override TypeKind Kind => TypeKind.List;

    public override NamedType Named => OfType.Named;

    public override string ToString() => $"[{OfType}]";
}

/// <summary><c>T!</c>.</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType) throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override TypeKind Kind => TypeKind.NonNull;

    public override NamedType Named => OfType.Named;

    public override string ToString() => $"{OfType}!";
}
