namespace Graph.GraphQL.Types;

/// <summary>What object and interface types share: fields and implemented interfaces.</summary>
public abstract class FieldsType(string name, string? description) : NamedType(name, description)
{
    internal OrderedDictionary<string, FieldDefinition> FieldMap { get; } = new(StringComparer.Ordinal);

    internal List<string> InterfaceNames { get; } = [];

    public IEnumerable<FieldDefinition> Fields => FieldMap.Values;

    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    public FieldDefinition? GetField(string name) => FieldMap.GetValueOrDefault(name);
}

/// <summary>An object type: the concrete shape results take.</summary>
public sealed class ObjectType(string name, string? description) : FieldsType(name, description)
{
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Whether a runtime value is of this type, used to resolve abstract types when they have no resolver of their own.</summary>
    public Func<object, bool>? IsTypeOf { get; internal set; }
}

/// <summary>Picks the object type of a runtime value of an interface or union; returns the type's name.</summary>
public delegate string? TypeResolver(object value);

/// <summary>An interface: fields that every implementing object (or interface) has.</summary>
public sealed class InterfaceType(string name, string? description) : FieldsType(name, description)
{
    public override TypeKind Kind => TypeKind.Interface;

    public TypeResolver? ResolveType { get; internal set; }
}

/// <summary>A union of object types.</summary>
public sealed class UnionType(string name, string? description) : NamedType(name, description)
{
    internal List<string> MemberNames { get; } = [];

    public override TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<ObjectType> Types { get; internal set; } = [];

    public TypeResolver? ResolveType { get; internal set; }
}

/// <summary>An input object: a named set of input fields.</summary>
public sealed class InputObjectType(string name, string? description) : NamedType(name, description)
{
    internal OrderedDictionary<string, InputValueDefinition> FieldMap { get; } = new(StringComparer.Ordinal);

    public override TypeKind Kind => TypeKind.InputObject;

    public IEnumerable<InputValueDefinition> Fields => FieldMap.Values;

    public InputValueDefinition? GetField(string name) => FieldMap.GetValueOrDefault(name);
}
