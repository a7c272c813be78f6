using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>An argument of a field or directive, or a field of an input object.</summary>
public sealed class InputValueDefinition
{
    internal InputValueDefinition(string name, TypeNode typeRef)
    {
        Name = name;
        TypeRef = typeRef;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    /// <summary>The type as written (resolved into <see cref="Type"/> when the schema is built).</summary>
    internal TypeNode TypeRef { get; }

    public GraphQLType Type { get; internal set; } = null!;

    /// <summary>The default value as a literal (printed in SDL and introspection), or null when there is none.</summary>
    public ValueNode? DefaultLiteral { get; internal set; }

    /// <summary>The default value already coerced to its internal form (valid only when <see cref="HasDefault"/>).</summary>
    public object? DefaultValue { get; internal set; }

    public bool HasDefault => DefaultLiteral is not null;

    /// <summary>A default given in code, turned into <see cref="DefaultLiteral"/> once types are known.</summary>
    internal (bool Set, object? Value) PendingDefault { get; set; }

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;
}
