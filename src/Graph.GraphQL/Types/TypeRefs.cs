using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>Turns written type references into types, and compares types (spec's AreTypesEqual / IsSubType helpers).</summary>
public static class TypeRefs
{
    /// <summary>Resolves a type reference; the lookup returns null for unknown names.</summary>
    public static GraphQLType Resolve(TypeNode node, Func<string, NamedType?> lookup) => TryResolve(node, lookup)
        ?? throw new InvalidOperationException($"Unknown type \"{Unwrap(node).Name.Value}\".");

    public static GraphQLType? TryResolve(TypeNode node, Func<string, NamedType?> lookup) => node switch
    {
        NamedTypeNode n => lookup(n.Name.Value),
        ListTypeNode l => TryResolve(l.Type, lookup) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode nn => TryResolve(nn.Type, lookup) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };

    public static NamedTypeNode Unwrap(TypeNode node) => node switch
    {
        NamedTypeNode n => n,
        ListTypeNode l => Unwrap(l.Type),
        NonNullTypeNode nn => Unwrap(nn.Type),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    public static bool AreEqual(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (NamedType x, NamedType y) => ReferenceEquals(x, y),
        (ListType x, ListType y) => AreEqual(x.OfType, y.OfType),
        (NonNullType x, NonNullType y) => AreEqual(x.OfType, y.OfType),
        _ => false,
    };
}
