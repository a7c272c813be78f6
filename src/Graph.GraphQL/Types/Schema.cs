using Graph.GraphQL.Execution;

namespace Graph.GraphQL.Types;

/// <summary>
/// A validated, immutable schema: root types, every named type reachable from them (in graphql-js's collection
/// order, so SDL and introspection list types alike), directives, and the possible-type relations.
/// Built by <see cref="SchemaBuilder"/>.
/// </summary>
public sealed class Schema
{
    private readonly OrderedDictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<NamedType, ObjectType[]> _possibleTypes = [];
    private readonly Dictionary<NamedType, HashSet<NamedType>> _subTypes = [];

    internal Schema(
        ObjectType query, ObjectType? mutation, ObjectType? subscription, string? description,
        OrderedDictionary<string, NamedType> types, IReadOnlyList<DirectiveDefinition> directives, IntrospectionTypes introspection)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = description;
        _types = types;
        Directives = directives;
        _directives = directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
        Introspection = introspection;
        foreach (var type in types.Values)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union] = [.. union.Types];
                    _subTypes[union] = [.. union.Types];
                    break;
                case InterfaceType iface:
                    _possibleTypes[iface] = [.. types.Values.OfType<ObjectType>().Where(o => o.Interfaces.Contains(iface))];
                    _subTypes[iface] = [.. types.Values.OfType<FieldsType>().Where(o => o.Interfaces.Contains(iface))];
                    break;
            }
        }
    }

    public ObjectType Query { get; }

    public ObjectType? Mutation { get; }

    public ObjectType? Subscription { get; }

    public string? Description { get; }

    /// <summary>Every named type, including built-in scalars in use and the introspection types.</summary>
    public IEnumerable<NamedType> Types => _types.Values;

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    internal IntrospectionTypes Introspection { get; }

    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    public ObjectType? GetRootType(Language.Ast.OperationType operation) => operation switch
    {
        Language.Ast.OperationType.Query => Query,
        Language.Ast.OperationType.Mutation => Mutation,
        _ => Subscription,
    };

    /// <summary>The object types a value of this abstract type can be (itself for an object type).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType type) => type switch
    {
        ObjectType o => [o],
        _ => _possibleTypes.TryGetValue(type, out var list) ? list : [],
    };

    public bool IsPossibleType(NamedType abstractType, ObjectType objectType) =>
        ReferenceEquals(abstractType, objectType) || (_possibleTypes.TryGetValue(abstractType, out var list) && Array.IndexOf(list, objectType) >= 0);

    /// <summary>Whether <paramref name="maybeSubType"/> is a member or implementation of <paramref name="abstractType"/>.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType, out var set) && set.Contains(maybeSubType);

    /// <summary>A field of a composite type by name, including the meta-fields __typename, and __schema/__type on the query type.</summary>
    public FieldDefinition? GetField(NamedType parentType, string name)
    {
        if (name.Length > 1 && name[0] == '_' && name[1] == '_')
        {
            if (name == "__typename" && parentType.IsComposite) return Introspection.TypeNameField;
            if (ReferenceEquals(parentType, Query))
            {
                if (name == "__schema") return Introspection.SchemaField;
                if (name == "__type") return Introspection.TypeField;
            }
        }
        return (parentType as FieldsType)?.GetField(name);
    }

    /// <summary>Whether two composite types can ever describe the same object (used by fragment spread validation).</summary>
    public bool DoTypesOverlap(NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.IsAbstract)
        {
            return b.IsAbstract ? GetPossibleTypes(a).Any(t => IsPossibleType(b, t)) : b is ObjectType ob && IsPossibleType(a, ob);
        }
        return b.IsAbstract && a is ObjectType oa && IsPossibleType(b, oa);
    }

    /// <summary>Spec IsTypeSubTypeOf / graphql-js isTypeSubTypeOf.</summary>
    public bool IsTypeSubTypeOf(GraphQLType maybeSubType, GraphQLType superType)
    {
        if (TypeRefs.AreEqual(maybeSubType, superType)) return true;
        if (superType is NonNullType superNn)
        {
            return maybeSubType is NonNullType subNn && IsTypeSubTypeOf(subNn.OfType, superNn.OfType);
        }
        if (maybeSubType is NonNullType sub) return IsTypeSubTypeOf(sub.OfType, superType);
        if (superType is ListType superList) return maybeSubType is ListType subList && IsTypeSubTypeOf(subList.OfType, superList.OfType);
        if (maybeSubType is ListType) return false;
        return superType is NamedType { IsAbstract: true } abs && maybeSubType is NamedType named && IsSubType(abs, named);
    }
}
