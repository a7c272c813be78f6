using System.Collections;
using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>An internal input value back to a literal (graphql-js astFromValue), for defaults in SDL and introspection.</summary>
public static class ValueToLiteral
{
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        if (type is NonNullType nn)
        {
            var inner = Convert(value, nn.OfType);
            return inner is NullValueNode ? null : inner;
        }
        if (value is null) return new NullValueNode(SourceLocation.None);
        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary<string, object?>)
                {
                    var values = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (Convert(item, list.OfType) is { } node) values.Add(node);
                    }
                    return new ListValueNode(values, SourceLocation.None);
                }
                return Convert(value, list.OfType);
            case InputObjectType input:
                if (value is not IReadOnlyDictionary<string, object?> map) return null;
                var fields = new List<ObjectFieldNode>();
                foreach (var field in input.Fields)
                {
                    if (map.TryGetValue(field.Name, out var fieldValue) && Convert(fieldValue, field.Type) is { } node)
                    {
                        fields.Add(new ObjectFieldNode(new NameNode(field.Name, SourceLocation.None), node, SourceLocation.None));
                    }
                }
                return new ObjectValueNode(fields, SourceLocation.None);
            case EnumType e:
                return new EnumValueNode(e.Serialize(value), SourceLocation.None);
            case ScalarType s:
                return s.ToLiteral(value);
            default:
                return null;
        }
    }
}
