using System.Text;
using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL in exactly the layout of graphql-js <c>printSchema</c>: schema definition only when root
/// names are not the conventional ones, then custom directives, then types in type-map order, without built-in
/// scalars, specified directives or introspection types.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition) parts.Add(definition);
        foreach (var directive in schema.Directives)
        {
            if (!BuiltInDirectives.IsBuiltIn(directive)) parts.Add(PrintDirective(directive));
        }
        foreach (var type in schema.Types)
        {
            if (BuiltInScalars.IsBuiltIn(type) || schema.Introspection.IsIntrospectionType(type)) continue;
            parts.Add(PrintType(type));
        }
        return string.Join("\n\n", parts);
    }

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var conventional = schema.Query.Name == "Query" &&
            (schema.Mutation is null || schema.Mutation.Name == "Mutation") &&
            (schema.Subscription is null || schema.Subscription.Name == "Subscription");
        if (schema.Description is null && conventional) return null;
        var sb = new StringBuilder(Description(schema.Description, "", true)).Append("schema {\n");
        sb.Append("  query: ").Append(schema.Query.Name).Append('\n');
        if (schema.Mutation is not null) sb.Append("  mutation: ").Append(schema.Mutation.Name).Append('\n');
        if (schema.Subscription is not null) sb.Append("  subscription: ").Append(schema.Subscription.Name).Append('\n');
        return sb.Append('}').ToString();
    }

    public static string PrintType(NamedType type) => type switch
    {
        ScalarType s => Description(s.Description, "", true) + "scalar " + s.Name +
            (s.SpecifiedByUrl is null ? "" : $" @specifiedBy(url: {AstPrinter.QuoteString(s.SpecifiedByUrl)})"),
        ObjectType o => Description(o.Description, "", true) + "type " + o.Name + Implements(o) + Fields(o),
        InterfaceType i => Description(i.Description, "", true) + "interface " + i.Name + Implements(i) + Fields(i),
        UnionType u => Description(u.Description, "", true) + "union " + u.Name + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types.Select(t => t.Name)) : ""),
        EnumType e => Description(e.Description, "", true) + "enum " + e.Name +
            Block(e.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType io => Description(io.Description, "", true) + "input " + io.Name +
            Block(io.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static string Implements(FieldsType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string Fields(FieldsType type) => Block(type.Fields.Select((f, i) =>
        Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join('\n', list) + "\n}" : "";
    }

    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation = "")
    {
        if (arguments.Count == 0) return "";
        if (arguments.All(a => a.Description is null)) return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        return "(\n" + string.Join('\n', arguments.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a))) +
            "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value)
    {
        var text = value.Name + ": " + value.Type;
        if (value.DefaultLiteral is { } defaultValue) text += " = " + AstPrinter.Print(defaultValue);
        return text + Deprecated(value.DeprecationReason);
    }

    private static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description, "", true) + "directive @" + directive.Name + Arguments(directive.Arguments) +
        (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", directive.Locations.Select(l => l.SpecName()));

    private static string Deprecated(string? reason)
    {
        if (reason is null) return "";
        return reason == BuiltInDirectives.DefaultDeprecationReason ? " @deprecated" : $" @deprecated(reason: {AstPrinter.QuoteString(reason)})";
    }

    /// <summary>graphql-js printDescription: a block string when it reads back unchanged, else a quoted string.</summary>
    private static string Description(string? description, string indentation, bool firstInBlock)
    {
        if (description is null) return "";
        var literal = BlockString.IsPrintableAsBlock(description) ? BlockString.Print(description) : AstPrinter.QuoteString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
