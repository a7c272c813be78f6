using Graph.GraphQL.Execution;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> in code (fluent), optionally starting from SDL text. Type references are written as
/// in SDL (<c>"[String!]!"</c>) and resolved by <see cref="Build"/>, which also validates the schema (spec §3 rules)
/// and throws <see cref="SchemaValidationException"/> listing every problem.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly OrderedDictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<DirectiveDefinition> _directives = [.. BuiltInDirectives.All];
    private string? _queryName;
    private string? _mutationName;
    private string? _subscriptionName;
    private string? _description;

    public SchemaBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Names the query root type (default "Query").</summary>
    public SchemaBuilder QueryType(string name)
    {
        _queryName = name;
        return this;
    }

    public SchemaBuilder MutationType(string name)
    {
        _mutationName = name;
        return this;
    }

    public SchemaBuilder SubscriptionType(string name)
    {
        _subscriptionName = name;
        return this;
    }

    /// <summary>Defines an object type, or adds to one defined earlier.</summary>
    public SchemaBuilder Object(string name, Action<ObjectTypeBuilder> configure)
    {
        configure(new ObjectTypeBuilder(Get(name, () => new ObjectType(name, null))));
        return this;
    }

    public SchemaBuilder Interface(string name, Action<InterfaceTypeBuilder> configure)
    {
        configure(new InterfaceTypeBuilder(Get(name, () => new InterfaceType(name, null))));
        return this;
    }

    public SchemaBuilder Union(string name, Action<UnionTypeBuilder> configure)
    {
        configure(new UnionTypeBuilder(Get(name, () => new UnionType(name, null))));
        return this;
    }

    public SchemaBuilder Enum(string name, Action<EnumTypeBuilder> configure)
    {
        configure(new EnumTypeBuilder(Get(name, () => new EnumType(name, null))));
        return this;
    }

    public SchemaBuilder InputObject(string name, Action<InputObjectTypeBuilder> configure)
    {
        configure(new InputObjectTypeBuilder(Get(name, () => new InputObjectType(name, null))));
        return this;
    }

    /// <summary>Adds a custom scalar (e.g. <see cref="DateTimeScalar"/>).</summary>
    public SchemaBuilder Scalar(ScalarType scalar)
    {
        _types[scalar.Name] = scalar;
        return this;
    }

    public SchemaBuilder Directive(string name, Action<DirectiveBuilder> configure)
    {
        var directive = new DirectiveDefinition(name, null);
        _directives.Add(directive);
        configure(new DirectiveBuilder(directive));
        return this;
    }

    private T Get<T>(string name, Func<T> create)
        where T : NamedType
    {
        if (_types.TryGetValue(name, out var existing))
        {
            return existing as T ?? throw new InvalidOperationException($"Type \"{name}\" is already defined as a {existing.Kind}.");
        }
        var type = create();
        _types[name] = type;
        return type;
    }

    /// <summary>Resolves every reference, checks the schema, and freezes it.</summary>
    public Schema Build()
    {
        var errors = new List<string>();
        NamedType? Lookup(string name) =>
            _types.GetValueOrDefault(name) ?? BuiltInScalars.All.FirstOrDefault(s => s.Name == name);

        GraphQLType ResolveRef(TypeNode node, string where)
        {
            var type = TypeRefs.TryResolve(node, Lookup);
            if (type is null)
            {
                errors.Add($"Unknown type \"{TypeRefs.Unwrap(node).Name.Value}\" referenced by {where}.");
                return BuiltInScalars.String;
            }
            return type;
        }

        foreach (var type in _types.Values)
        {
            switch (type)
            {
                case FieldsType fields:
                    foreach (var field in fields.Fields)
                    {
                        field.Type = ResolveRef(field.TypeRef, $"{type.Name}.{field.Name}");
                        foreach (var argument in field.ArgumentList) argument.Type = ResolveRef(argument.TypeRef, $"{type.Name}.{field.Name}({argument.Name}:)");
                    }
                    fields.Interfaces = [.. fields.InterfaceNames.Select(n => ResolveNamed<InterfaceType>(n, $"{type.Name}'s interfaces", "an interface", errors, Lookup))
                        .OfType<InterfaceType>()];
                    break;
                case UnionType union:
                    union.Types = [.. union.MemberNames.Select(n => ResolveNamed<ObjectType>(n, $"union {type.Name}", "an object type", errors, Lookup)).OfType<ObjectType>()];
                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields) field.Type = ResolveRef(field.TypeRef, $"{type.Name}.{field.Name}");
                    break;
            }
        }
        foreach (var directive in _directives.Where(d => !BuiltInDirectives.IsBuiltIn(d)))
        {
            foreach (var argument in directive.ArgumentList) argument.Type = ResolveRef(argument.TypeRef, $"@{directive.Name}({argument.Name}:)");
        }
        if (errors.Count > 0) throw new SchemaValidationException(errors);

        foreach (var input in AllInputValues()) ApplyDefault(input, errors);

        var query = RootType(_queryName, "Query", required: true, errors);
        var mutation = RootType(_mutationName, "Mutation", required: false, errors);
        var subscription = RootType(_subscriptionName, "Subscription", required: false, errors);
        if (errors.Count > 0 || query is null) throw new SchemaValidationException(errors);

        var introspection = new IntrospectionTypes();
        var typeMap = CollectTypes(query, mutation, subscription, introspection);
        var schema = new Schema(query, mutation, subscription, _description, typeMap, _directives, introspection);
        introspection.Bind(schema);
        SchemaValidator.Validate(schema, errors);
        if (errors.Count > 0) throw new SchemaValidationException(errors);
        return schema;
    }

    private IEnumerable<InputValueDefinition> AllInputValues()
    {
        foreach (var type in _types.Values)
        {
            if (type is FieldsType fields)
            {
                foreach (var field in fields.Fields)
                {
                    foreach (var argument in field.ArgumentList) yield return argument;
                }
            }
            else if (type is InputObjectType input)
            {
                foreach (var field in input.Fields) yield return field;
            }
        }
        foreach (var directive in _directives.Where(d => !BuiltInDirectives.IsBuiltIn(d)))
        {
            foreach (var argument in directive.ArgumentList) yield return argument;
        }
    }

    private static void ApplyDefault(InputValueDefinition input, List<string> errors)
    {
        if (input.PendingDefault.Set)
        {
            input.DefaultLiteral = ValueToLiteral.Convert(input.PendingDefault.Value, input.Type);
            if (input.DefaultLiteral is null)
            {
                errors.Add($"The default value of \"{input.Name}\" cannot be represented as type \"{input.Type}\".");
                return;
            }
        }
        if (input.DefaultLiteral is null) return;
        var coerced = ValueCoercion.CoerceLiteral(input.DefaultLiteral, input.Type, null);
        if (ReferenceEquals(coerced, ValueCoercion.Invalid))
        {
            errors.Add($"The default value of \"{input.Name}\" is not a valid \"{input.Type}\".");
            return;
        }
        input.DefaultValue = coerced;
        // Printed (SDL, introspection) in its normal form, as graphql-js prints astFromValue of the coerced default.
        input.DefaultLiteral = ValueToLiteral.Convert(coerced, input.Type) ?? input.DefaultLiteral;
    }

    private static T? ResolveNamed<T>(string name, string where, string kind, List<string> errors, Func<string, NamedType?> lookup)
        where T : NamedType
    {
        var type = lookup(name);
        if (type is T typed) return typed;
        errors.Add(type is null ? $"Unknown type \"{name}\" referenced by {where}." : $"Type \"{name}\" in {where} must be {kind}.");
        return null;
    }

    private ObjectType? RootType(string? explicitName, string defaultName, bool required, List<string> errors)
    {
        var name = explicitName ?? defaultName;
        if (!_types.TryGetValue(name, out var type))
        {
            if (explicitName is not null || required) errors.Add($"{defaultName} root type \"{name}\" is not defined.");
            return null;
        }
        if (type is ObjectType o) return o;
        errors.Add($"{defaultName} root type must be Object type, it cannot be {name}.");
        return null;
    }

    /// <summary>
    /// The type map in graphql-js's order: each declared type in declaration order, followed by the undeclared types
    /// (built-in scalars) it first reaches; then what roots, directive arguments and introspection reach.
    /// </summary>
    private OrderedDictionary<string, NamedType> CollectTypes(ObjectType query, ObjectType? mutation, ObjectType? subscription, IntrospectionTypes introspection)
    {
        var map = new OrderedDictionary<string, NamedType>(StringComparer.Ordinal);
        var declared = new HashSet<string>(_types.Keys, StringComparer.Ordinal);
        foreach (var type in _types.Values)
        {
            map[type.Name] = type;
            CollectReferenced(type, map, declared);
        }
        Collect(query, map, declared);
        if (mutation is not null) Collect(mutation, map, declared);
        if (subscription is not null) Collect(subscription, map, declared);
        foreach (var directive in _directives)
        {
            foreach (var argument in directive.ArgumentList) Collect(argument.Type.Named, map, declared);
        }
        Collect(introspection.Schema, map, declared);
        return map;
    }

    private static void Collect(NamedType type, OrderedDictionary<string, NamedType> map, HashSet<string> declared)
    {
        // Declared types take their own place in declaration order; only undeclared ones are placed where first reached.
        if (map.ContainsKey(type.Name) || declared.Contains(type.Name)) return;
        map[type.Name] = type;
        CollectReferenced(type, map, declared);
    }

    private static void CollectReferenced(NamedType type, OrderedDictionary<string, NamedType> map, HashSet<string> declared)
    {
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types) Collect(member, map, declared);
                break;
            case FieldsType fields:
                foreach (var iface in fields.Interfaces) Collect(iface, map, declared);
                foreach (var field in fields.Fields)
                {
                    Collect(field.Type.Named, map, declared);
                    foreach (var argument in field.ArgumentList) Collect(argument.Type.Named, map, declared);
                }
                break;
            case InputObjectType input:
                foreach (var field in input.Fields) Collect(field.Type.Named, map, declared);
                break;
        }
    }
}

/// <summary>The schema breaks the rules of spec §3; <see cref="Errors"/> lists each problem.</summary>
public sealed class SchemaValidationException : Exception
{
    public SchemaValidationException(IReadOnlyList<string> errors) : base("Invalid schema:\n" + string.Join('\n', errors)) => Errors = errors;

    public SchemaValidationException() : this([]) { }

    public SchemaValidationException(string message) : this([message]) { }

    public SchemaValidationException(string message, Exception inner) : base(message, inner) => Errors = [message];

    public IReadOnlyList<string> Errors { get; }
}
