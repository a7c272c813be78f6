using Graph.GraphQL.Execution;
using Graph.GraphQL.Language;

namespace Graph.GraphQL.Types;

/// <summary>Configures one argument or input field.</summary>
public sealed class InputValueBuilder
{
    internal InputValueBuilder(InputValueDefinition definition) => Definition = definition;

    internal InputValueDefinition Definition { get; }

    public InputValueBuilder Description(string description)
    {
        Definition.Description = description;
        return this;
    }

    /// <summary>The default, as an internal value (e.g. 10, "text", an enum's internal value, a dictionary for an input object).</summary>
    public InputValueBuilder Default(object? value)
    {
        Definition.PendingDefault = (true, value);
        return this;
    }

    public InputValueBuilder Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        Definition.DeprecationReason = reason;
        return this;
    }
}

/// <summary>Configures one output field.</summary>
public sealed class FieldBuilder
{
    internal FieldBuilder(FieldDefinition definition) => Definition = definition;

    internal FieldDefinition Definition { get; }

    public FieldBuilder Description(string description)
    {
        Definition.Description = description;
        return this;
    }

    /// <summary>Adds an argument; <paramref name="type"/> is a type reference as written in SDL, e.g. <c>"[ID!]!"</c>.</summary>
    public FieldBuilder Argument(string name, string type, Action<InputValueBuilder>? configure = null)
    {
        var argument = new InputValueDefinition(name, Parser.ParseType(type));
        Definition.ArgumentList.Add(argument);
        configure?.Invoke(new InputValueBuilder(argument));
        return this;
    }

    public FieldBuilder Resolve(FieldResolver resolver)
    {
        Definition.Resolver = resolver;
        Definition.ParentReader = null;
        return this;
    }

    /// <summary>A resolver that answers at once (no I/O).</summary>
    public FieldBuilder Resolve(Func<ResolveContext, object?> resolver)
    {
        Definition.Resolver = context => new ValueTask<object?>(resolver(context));
        Definition.ParentReader = null;
        return this;
    }

    /// <summary>
    /// A value read from the parent alone, at once (a property, say): the cheapest kind of field, since it needs no
    /// arguments and no context. The parent must be a <typeparamref name="TSource"/>.
    /// </summary>
    public FieldBuilder FromParent<TSource>(Func<TSource, object?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        Definition.ParentReader = source => read((TSource)source!);
        Definition.Resolver = context => new ValueTask<object?>(read((TSource)context.Source!));
        return this;
    }

    public FieldBuilder Subscribe(SubscriptionResolver subscriber)
    {
        Definition.Subscriber = subscriber;
        return this;
    }

    public FieldBuilder Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        Definition.DeprecationReason = reason;
        return this;
    }

    /// <summary>This field's own weight in cost analysis (default 1; list fields are further multiplied by their page size).</summary>
    public FieldBuilder Cost(int cost)
    {
        Definition.Cost = cost;
        return this;
    }
}

/// <summary>Configures an object or interface type.</summary>
public class FieldsTypeBuilder<TSelf>
    where TSelf : FieldsTypeBuilder<TSelf>
{
    internal FieldsTypeBuilder(FieldsType type) => Type = type;

    internal FieldsType Type { get; }

    public TSelf Description(string description)
    {
        Type.Description = description;
        return (TSelf)this;
    }

    /// <summary>Adds (or replaces) a field; <paramref name="type"/> is a type reference as written in SDL.</summary>
    public TSelf Field(string name, string type, Action<FieldBuilder>? configure = null)
    {
        var field = new FieldDefinition(name, Parser.ParseType(type));
        Type.FieldMap[name] = field;
        configure?.Invoke(new FieldBuilder(field));
        return (TSelf)this;
    }

    /// <summary>Adds a field with a resolver that answers at once.</summary>
    public TSelf Field(string name, string type, Func<ResolveContext, object?> resolve) => Field(name, type, f => f.Resolve(resolve));

    /// <summary>Adds a field read from the parent alone (see <see cref="FieldBuilder.FromParent{TSource}"/>).</summary>
    public TSelf Field<TSource>(string name, string type, Func<TSource, object?> read) => Field(name, type, f => f.FromParent(read));

    /// <summary>Configures a field added earlier (e.g. from SDL).</summary>
    public TSelf Configure(string fieldName, Action<FieldBuilder> configure)
    {
        var field = Type.GetField(fieldName) ?? throw new InvalidOperationException($"Type \"{Type.Name}\" has no field \"{fieldName}\".");
        configure(new FieldBuilder(field));
        return (TSelf)this;
    }

    public TSelf Implements(params string[] interfaceNames)
    {
        foreach (var name in interfaceNames)
        {
            if (!Type.InterfaceNames.Contains(name)) Type.InterfaceNames.Add(name);
        }
        return (TSelf)this;
    }
}

public sealed class ObjectTypeBuilder : FieldsTypeBuilder<ObjectTypeBuilder>
{
    internal ObjectTypeBuilder(ObjectType type) : base(type) { }

    /// <summary>How to recognise a runtime value of this type when it is returned through an interface or union.</summary>
    public ObjectTypeBuilder IsTypeOf(Func<object, bool> predicate)
    {
        ((ObjectType)Type).IsTypeOf = predicate;
        return this;
    }

    /// <summary>Values of CLR type <typeparamref name="T"/> are of this type.</summary>
    public ObjectTypeBuilder IsTypeOf<T>() => IsTypeOf(static value => value is T);
}

public sealed class InterfaceTypeBuilder : FieldsTypeBuilder<InterfaceTypeBuilder>
{
    internal InterfaceTypeBuilder(InterfaceType type) : base(type) { }

    public InterfaceTypeBuilder ResolveType(TypeResolver resolver)
    {
        ((InterfaceType)Type).ResolveType = resolver;
        return this;
    }
}

public sealed class UnionTypeBuilder
{
    private readonly UnionType _type;

    internal UnionTypeBuilder(UnionType type) => _type = type;

    public UnionTypeBuilder Description(string description)
    {
        _type.Description = description;
        return this;
    }

    public UnionTypeBuilder Members(params string[] typeNames)
    {
        foreach (var name in typeNames)
        {
            if (!_type.MemberNames.Contains(name)) _type.MemberNames.Add(name);
        }
        return this;
    }

    public UnionTypeBuilder ResolveType(TypeResolver resolver)
    {
        _type.ResolveType = resolver;
        return this;
    }
}

public sealed class EnumTypeBuilder
{
    private readonly EnumType _type;

    internal EnumTypeBuilder(EnumType type) => _type = type;

    public EnumTypeBuilder Description(string description)
    {
        _type.Description = description;
        return this;
    }

    /// <summary>Adds a value; its internal value defaults to its name.</summary>
    public EnumTypeBuilder Value(string name, object? value = null, string? description = null, string? deprecationReason = null)
    {
        var definition = _type.Add(name, value);
        definition.Description = description;
        definition.DeprecationReason = deprecationReason;
        return this;
    }
}

public sealed class InputObjectTypeBuilder
{
    private readonly InputObjectType _type;

    internal InputObjectTypeBuilder(InputObjectType type) => _type = type;

    public InputObjectTypeBuilder Description(string description)
    {
        _type.Description = description;
        return this;
    }

    public InputObjectTypeBuilder Field(string name, string type, Action<InputValueBuilder>? configure = null)
    {
        var field = new InputValueDefinition(name, Parser.ParseType(type));
        _type.FieldMap[name] = field;
        configure?.Invoke(new InputValueBuilder(field));
        return this;
    }
}

public sealed class DirectiveBuilder
{
    private readonly DirectiveDefinition _directive;

    internal DirectiveBuilder(DirectiveDefinition directive) => _directive = directive;

    public DirectiveBuilder Description(string description)
    {
        _directive.Description = description;
        return this;
    }

    public DirectiveBuilder On(params DirectiveLocation[] locations)
    {
        _directive.LocationList.AddRange(locations);
        return this;
    }

    public DirectiveBuilder Repeatable()
    {
        _directive.IsRepeatable = true;
        return this;
    }

    public DirectiveBuilder Argument(string name, string type, Action<InputValueBuilder>? configure = null)
    {
        var argument = new InputValueDefinition(name, Parser.ParseType(type));
        _directive.ArgumentList.Add(argument);
        configure?.Invoke(new InputValueBuilder(argument));
        return this;
    }
}
