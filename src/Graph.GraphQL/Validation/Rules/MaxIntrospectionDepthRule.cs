using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// graphql-js's recommended rule (part of its default rules): an introspection query may nest the list fields of
/// __Type (fields, interfaces, possibleTypes, inputFields) at most twice, which stops introspection-based DoS.
/// </summary>
public sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListsDepth = 3;

    // Shared across root checks: the greatest entry depth at which a fragment's check passed,
    // and the smallest at which it reached the limit.
    private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);

    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is FieldNode { Name.Value: "__schema" or "__type" } field && Exceeds(context, field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
        {
            context.ReportError(ValidationError.At("Maximum introspection depth exceeded", field));
            return false;
        }
        return true;
    }

    private bool Exceeds(ValidationContext context, Node node, Dictionary<string, int> visited, int depth)
    {
        if (node is FragmentSpreadNode spread)
        {
            var name = spread.Name.Value;
            if (_exceeded.TryGetValue(name, out var exceededAt) && exceededAt <= depth) return true;
            if ((visited.TryGetValue(name, out var visitedAt) && visitedAt >= depth) || (_checked.TryGetValue(name, out var checkedAt) && checkedAt >= depth)) return false;
            var fragment = context.GetFragment(name);
            if (fragment is null) return false;
            visited[name] = depth;
            if (Exceeds(context, fragment, visited, depth))
            {
                _exceeded[name] = depth;
                return true;
            }
            _checked[name] = depth;
            return false;
        }
        if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" } && ++depth >= MaxListsDepth) return true;
        var selectionSet = node switch
        {
            FieldNode f => f.SelectionSet,
            InlineFragmentNode i => i.SelectionSet,
            FragmentDefinitionNode d => d.SelectionSet,
            _ => null,
        };
        if (selectionSet is null) return false;
        foreach (var child in selectionSet.Selections)
        {
            if (Exceeds(context, child, visited, depth)) return true;
        }
        return false;
    }
}
