using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>Reading type definitions from SDL text into the builder; resolvers are attached afterwards in code.</summary>
public sealed partial class SchemaBuilder
{
    /// <summary>Adds the types, directives and schema definition of an SDL document. Scalars not registered before pass values through unchanged.</summary>
    public SchemaBuilder Sdl(string sdl)
    {
        var document = Parser.Parse(sdl);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    if (schema.Description is not null) _description = schema.Description;
                    foreach (var (operation, type) in schema.OperationTypes)
                    {
                        switch (operation)
                        {
                            case OperationType.Query: _queryName = type.Name.Value; break;
                            case OperationType.Mutation: _mutationName = type.Name.Value; break;
                            default: _subscriptionName = type.Name.Value; break;
                        }
                    }
                    break;
                case ScalarTypeDefinitionNode scalar:
                    if (!_types.ContainsKey(scalar.Name!.Value))
                    {
                        var url = (FindDirectiveArgument(scalar.Directives, "specifiedBy", "url") as StringValueNode)?.Value;
                        _types[scalar.Name.Value] = new PassThroughScalar(scalar.Name.Value, scalar.Description) { SpecifiedByUrl = url };
                    }
                    break;
                case ObjectTypeDefinitionNode obj when obj.IsInterface:
                    Interface(obj.Name!.Value, b => AddFields(b, obj));
                    break;
                case ObjectTypeDefinitionNode obj:
                    Object(obj.Name!.Value, b => AddFields(b, obj));
                    break;
                case UnionTypeDefinitionNode union:
                    Union(union.Name!.Value, b =>
                    {
                        if (union.Description is not null) b.Description(union.Description);
                        b.Members([.. union.Types.Select(t => t.Name.Value)]);
                    });
                    break;
                case EnumTypeDefinitionNode e:
                    Enum(e.Name!.Value, b =>
                    {
                        if (e.Description is not null) b.Description(e.Description);
                        foreach (var value in e.Values) b.Value(value.Name.Value, null, value.Description, DeprecationOf(value.Directives));
                    });
                    break;
                case InputObjectTypeDefinitionNode input:
                    InputObject(input.Name!.Value, b =>
                    {
                        if (input.Description is not null) b.Description(input.Description);
                        foreach (var field in input.Fields) b.Field(field.Name.Value, field.Type.ToString()!, v => Configure(v, field));
                    });
                    break;
                case DirectiveDefinitionNode directive:
                    Directive(directive.Name!.Value, b =>
                    {
                        if (directive.Description is not null) b.Description(directive.Description);
                        foreach (var location in directive.Locations)
                        {
                            if (DirectiveLocationNames.TryParse(location.Value, out var parsed)) b.On(parsed);
                        }
                        if (directive.Repeatable) b.Repeatable();
                        foreach (var argument in directive.Arguments) b.Argument(argument.Name.Value, argument.Type.ToString()!, v => Configure(v, argument));
                    });
                    break;
                default:
                    throw new InvalidOperationException($"SDL for a schema may not contain executable definitions (line {definition.Location.Line}).");
            }
        }
        return this;
    }

    private static void AddFields<T>(FieldsTypeBuilder<T> builder, ObjectTypeDefinitionNode node)
        where T : FieldsTypeBuilder<T>
    {
        if (node.Description is not null) builder.Description(node.Description);
        builder.Implements([.. node.Interfaces.Select(i => i.Name.Value)]);
        foreach (var field in node.Fields)
        {
            builder.Field(field.Name.Value, field.Type.ToString()!, f =>
            {
                if (field.Description is not null) f.Description(field.Description);
                if (DeprecationOf(field.Directives) is { } reason) f.Deprecated(reason);
                foreach (var argument in field.Arguments) f.Argument(argument.Name.Value, argument.Type.ToString()!, v => Configure(v, argument));
            });
        }
    }

    private static void Configure(InputValueBuilder builder, InputValueDefinitionNode node)
    {
        if (node.Description is not null) builder.Description(node.Description);
        if (DeprecationOf(node.Directives) is { } reason) builder.Deprecated(reason);
        builder.Definition.DefaultLiteral = node.DefaultValue;
    }

    private static string? DeprecationOf(IReadOnlyList<DirectiveNode> directives)
    {
        if (!directives.Any(d => d.Name.Value == "deprecated")) return null;
        return (FindDirectiveArgument(directives, "deprecated", "reason") as StringValueNode)?.Value ?? BuiltInDirectives.DefaultDeprecationReason;
    }

    private static ValueNode? FindDirectiveArgument(IReadOnlyList<DirectiveNode> directives, string directive, string argument) =>
        directives.FirstOrDefault(d => d.Name.Value == directive)?.Arguments.FirstOrDefault(a => a.Name.Value == argument)?.Value;

    /// <summary>A scalar declared only in SDL: values pass through as they are (as graphql-js does for such scalars).</summary>
    private sealed class PassThroughScalar(string name, string? description) : ScalarType(name, description)
    {
        public override object Serialize(object value) => value;

        public override object ParseValue(object value) => value;

        public override object ParseLiteral(ValueNode literal) => literal switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => long.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
            FloatValueNode f => double.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture),
            BooleanValueNode b => b.Value,
            EnumValueNode e => e.Value,
            _ => AstPrinter.Print(literal),
        };

        public override ValueNode? ToLiteral(object value) => value switch
        {
            string s => new StringValueNode(s, false, SourceLocation.None),
            bool b => new BooleanValueNode(b, SourceLocation.None),
            _ => Literals.Number(value),
        };
    }
}
