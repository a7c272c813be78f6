using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>One value of an enum: its name in GraphQL and the internal value resolvers see.</summary>
public sealed class EnumValueDefinition(string name, object value)
{
    public string Name { get; } = name;

    public object Value { get; } = value;

    public string? Description { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;
}

/// <summary>A leaf type with a fixed set of named values.</summary>
public sealed class EnumType(string name, string? description) : NamedType(name, description)
{
    private readonly List<EnumValueDefinition> _values = [];
    private readonly Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<object, EnumValueDefinition> _byValue = [];

    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<EnumValueDefinition> Values => _values;

    internal EnumValueDefinition Add(string name, object? value)
    {
        var definition = new EnumValueDefinition(name, value ?? name);
        _values.Add(definition);
        _byName[name] = definition;
        _byValue.TryAdd(definition.Value, definition);
        return definition;
    }

    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Internal value to the value's name.</summary>
    public string Serialize(object value)
    {
        if (_byValue.TryGetValue(value, out var definition)) return definition.Name;
        if (value is string s && _byName.ContainsKey(s)) return s;
        throw new ScalarCoercionException($"Enum \"{Name}\" cannot represent value: {Inspect.Value(value)}");
    }

    /// <summary>A variable value (the name as a string) to the internal value.</summary>
    public object ParseValue(object value)
    {
        if (value is not string s)
        {
            throw new ScalarCoercionException($"Enum \"{Name}\" cannot represent non-string value: {Inspect.Value(value)}." + Suggest(Inspect.Value(value)));
        }
        return _byName.TryGetValue(s, out var definition)
            ? definition.Value
            : throw new ScalarCoercionException($"Value \"{s}\" does not exist in \"{Name}\" enum." + Suggest(s));
    }

    public object ParseLiteral(ValueNode literal)
    {
        if (literal is not EnumValueNode e)
        {
            var text = AstPrinter.Print(literal);
            throw new ScalarCoercionException($"Enum \"{Name}\" cannot represent non-enum value: {text}." + Suggest(text));
        }
        return _byName.TryGetValue(e.Value, out var definition)
            ? definition.Value
            : throw new ScalarCoercionException($"Value \"{e.Value}\" does not exist in \"{Name}\" enum." + Suggest(e.Value));
    }

    private string Suggest(string input) => Validation.Suggestions.DidYouMean("the enum value", Validation.Suggestions.List(input, _values.Select(v => v.Name)));
}
