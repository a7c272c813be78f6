using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.3.1 Field Selections: every selected field exists on its parent type.</summary>
public sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is FieldNode field && context.ParentType is { } parent && context.FieldDef is null)
        {
            var name = field.Name.Value;
            var typeSuggestions = SuggestTypes(context.Schema, parent, name);
            var hint = typeSuggestions.Count > 0
                ? Suggestions.DidYouMean("to use an inline fragment on", typeSuggestions)
                : Suggestions.DidYouMean(null, parent is FieldsType fields ? Suggestions.List(name, fields.Fields.Select(f => f.Name)) : []);
            context.ReportError(ValidationError.At($"Cannot query field \"{name}\" on type \"{parent.Name}\".{hint}", field));
        }
        return true;
    }

    /// <summary>For an abstract parent: the types that do have the field, most widely implemented first.</summary>
    private static List<string> SuggestTypes(Schema schema, NamedType parent, string fieldName)
    {
        if (!parent.IsAbstract) return [];
        var usage = new Dictionary<NamedType, int>();
        var order = new List<NamedType>();
        foreach (var possible in schema.GetPossibleTypes(parent))
        {
            if (possible.GetField(fieldName) is null) continue;
            if (!usage.ContainsKey(possible)) order.Add(possible);
            usage[possible] = 1;
            foreach (var iface in possible.Interfaces)
            {
                if (iface.GetField(fieldName) is null) continue;
                if (!usage.ContainsKey(iface)) order.Add(iface);
                usage[iface] = usage.GetValueOrDefault(iface) + 1;
            }
        }
        JsOrdering.Sort(order, (a, b) =>
        {
            var diff = usage[b] - usage[a];
            if (diff != 0) return diff;
            if (a is InterfaceType && schema.IsSubType(a, b)) return -1;
            if (b is InterfaceType && schema.IsSubType(b, a)) return 1;
            return JsOrdering.NaturalCompare(a.Name, b.Name);
        });
        return [.. order.Select(t => t.Name)];
    }
}
