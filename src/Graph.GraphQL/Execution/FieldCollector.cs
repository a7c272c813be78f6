using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>Spec CollectFields (§6.3.2): groups a selection set's fields by response key, honouring @skip/@include and fragment type conditions.</summary>
internal static class FieldCollector
{
    public static OrderedDictionary<string, List<FieldNode>> Collect(ExecutionContext context, ObjectType type, SelectionSetNode selectionSet)
    {
        if (context.Plan.TryGetFields(type, selectionSet, out var cached)) return cached;
        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var dependsOnVariables = false;
        Collect(context, type, selectionSet, fields, null, ref dependsOnVariables);
        if (!dependsOnVariables) context.Plan.StoreFields(type, selectionSet, fields);
        return fields;
    }

    /// <summary>The merged sub-selections of all nodes of one field (spec CollectSubfields).</summary>
    public static OrderedDictionary<string, List<FieldNode>> CollectSubfields(ExecutionContext context, ObjectType type, IReadOnlyList<FieldNode> nodes)
    {
        // The common case, one node, shares the cached grouping of its selection set.
        if (nodes.Count == 1) return nodes[0].SelectionSet is { } only ? Collect(context, type, only) : new(StringComparer.Ordinal);
        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        HashSet<string>? visited = null;
        var dependsOnVariables = false;
        foreach (var node in nodes)
        {
            if (node.SelectionSet is not null) Collect(context, type, node.SelectionSet, fields, visited ??= [], ref dependsOnVariables);
        }
        return fields;
    }

    private static void Collect(
        ExecutionContext context, ObjectType type, SelectionSetNode selectionSet, OrderedDictionary<string, List<FieldNode>> fields, HashSet<string>? visited,
        ref bool dependsOnVariables)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (selection.Directives.Count > 0 && !dependsOnVariables) dependsOnVariables = ConditionMentionsVariable(selection.Directives);
            if (!ShouldInclude(context, selection.Directives)) continue;
            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseName;
                    if (!fields.TryGetValue(key, out var list))
                    {
                        list = new List<FieldNode>(1);
                        fields.Add(key, list);
                    }
                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is not null && !Applies(context.Schema, inline.TypeCondition, type)) continue;
                    Collect(context, type, inline.SelectionSet, fields, visited, ref dependsOnVariables);
                    break;
                case FragmentSpreadNode spread:
                    visited ??= [];
                    if (!visited.Add(spread.Name.Value)) continue;
                    if (!context.Fragments.TryGetValue(spread.Name.Value, out var fragment)) continue;
                    if (!Applies(context.Schema, fragment.TypeCondition, type)) continue;
                    Collect(context, type, fragment.SelectionSet, fields, visited, ref dependsOnVariables);
                    break;
            }
        }
    }

    private static bool Applies(Schema schema, NamedTypeNode condition, ObjectType type)
    {
        var conditionType = schema.GetType(condition.Name.Value);
        if (conditionType is null) return false;
        if (ReferenceEquals(conditionType, type)) return true;
        return conditionType.IsAbstract && schema.IsPossibleType(conditionType, type);
    }

    private static bool ConditionMentionsVariable(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value is not ("skip" or "include")) continue;
            foreach (var argument in directive.Arguments)
            {
                if (ExecutionPlan.MentionsVariable(argument.Value)) return true;
            }
        }
        return false;
    }

    /// <summary>@skip(if:) and @include(if:) with literal or variable conditions.</summary>
    public static bool ShouldInclude(ExecutionContext context, IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count == 0) return true;
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include")) continue;
            var definition = name == "skip" ? BuiltInDirectives.Skip : BuiltInDirectives.Include;
            var arguments = ValueCoercion.CoerceArgumentValues(definition.Arguments, directive.Arguments, directive, context.Variables);
            var condition = arguments.TryGetValue("if", out var value) && value is true;
            if (name == "skip" && condition) return false;
            if (name == "include" && !condition) return false;
        }
        return true;
    }
}
