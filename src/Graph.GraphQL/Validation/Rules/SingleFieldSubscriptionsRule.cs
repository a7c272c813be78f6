using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.2.3.1 Single Root Field: a subscription selects exactly one root field, and not an introspection field.</summary>
public sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode operation) return node is not FragmentDefinitionNode;
        if (operation.Operation != OperationType.Subscription || context.Schema.Subscription is not { } root) return false;
        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        Collect(context, root, operation.SelectionSet, fields, []);
        var subject = operation.Name is null ? "Anonymous Subscription" : $"Subscription \"{operation.Name.Value}\"";
        if (fields.Count > 1)
        {
            var extra = fields.Values.Skip(1).SelectMany(f => f).ToArray();
            context.ReportError(ValidationError.At($"{subject} must select only one top level field.", extra));
        }
        foreach (var nodes in fields.Values)
        {
            if (nodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError(ValidationError.At($"{subject} must not select an introspection top level field.", [.. nodes]));
            }
        }
        return false;
    }

    /// <summary>CollectFields without variables: @skip/@include with literal conditions are honoured, variable ones include.</summary>
    private static void Collect(ValidationContext context, ObjectType type, SelectionSetNode set, OrderedDictionary<string, List<FieldNode>> fields, HashSet<string> visited)
    {
        foreach (var selection in set.Selections)
        {
            if (IsExcluded(selection.Directives)) continue;
            switch (selection)
            {
                case FieldNode field:
                    if (!fields.TryGetValue(field.ResponseName, out var list)) fields[field.ResponseName] = list = [];
                    list.Add(field);
                    break;
                case InlineFragmentNode inline when Applies(context, inline.TypeCondition, type):
                    Collect(context, type, inline.SelectionSet, fields, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value):
                    if (context.GetFragment(spread.Name.Value) is { } fragment && Applies(context, fragment.TypeCondition, type))
                    {
                        Collect(context, type, fragment.SelectionSet, fields, visited);
                    }
                    break;
            }
        }
    }

    private static bool Applies(ValidationContext context, NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null) return true;
        var conditionType = context.Schema.GetType(condition.Name.Value);
        return ReferenceEquals(conditionType, type) || (conditionType is { IsAbstract: true } && context.Schema.IsPossibleType(conditionType, type));
    }

    private static bool IsExcluded(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value as BooleanValueNode;
            if (condition is null) continue;
            if (directive.Name.Value == "skip" && condition.Value) return true;
            if (directive.Name.Value == "include" && !condition.Value) return true;
        }
        return false;
    }
}
