using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// §5.3.2 Field Selection Merging: fields with the same response name must be the same field with the same
/// arguments (unless their parents can never be the same object), and their shapes must merge.
/// Follows graphql-js 16's algorithm so that the same conflicts are reported: fields and fragment names are gathered
/// per (parent type, selection set) and cached; a set of fields is compared with each fragment once, fragment pairs
/// once (remembering whether the comparison assumed exclusive parents); nested conflicts are reported on the
/// outermost pair with the nested reasons; the work is metered and validation aborts past a budget.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int ComplexityBudget = 500_000;

    private readonly Dictionary<(NamedType?, SelectionSetNode), Collected> _collected = [];
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
    private int _budget = ComplexityBudget;

    private readonly record struct FieldEntry(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition);

    /// <summary>The fields of a selection set grouped by response name, and the fragments it spreads.</summary>
    private sealed class Collected
    {
        public OrderedDictionary<string, List<FieldEntry>> Fields { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames { get; } = [];

        /// <summary>Fragments already compared with these fields, and whether that comparison assumed exclusive parents.</summary>
        public Dictionary<string, bool> ComparedFragments { get; } = new(StringComparer.Ordinal);
    }

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is not SelectionSetNode selectionSet) return true;
        // An inline fragment's fields are compared as part of the enclosing selection set.
        if (context.SelectionSetOwner is InlineFragmentNode) return true;
        if (selectionSet.Selections.Count <= 1 && (selectionSet.Selections.Count == 0 || selectionSet.Selections[0] is not InlineFragmentNode)) return true;
        List<Conflict> conflicts;
        try
        {
            conflicts = FindConflictsWithinSelectionSet(context, context.ParentType, selectionSet);
        }
        catch (BudgetExceededException)
        {
            throw new ValidationAbortedException();
        }
        foreach (var conflict in conflicts)
        {
            context.ReportError(ValidationError.At(
                $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]));
        }
        return true;
    }

    private List<Conflict> FindConflictsWithinSelectionSet(ValidationContext context, NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var collected = Collect(context, parentType, selectionSet);
        CollectConflictsWithin(context, conflicts, collected);
        var names = collected.FragmentNames;
        if (names.Count > 0 && (collected.Fields.Count > 0 || names.Count > 1))
        {
            for (var i = 0; i < names.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(context, conflicts, false, collected, names[i]);
                for (var j = i + 1; j < names.Count; j++) CollectConflictsBetweenFragments(context, conflicts, false, names[i], names[j]);
            }
        }
        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(
        ValidationContext context, List<Conflict> conflicts, bool areMutuallyExclusive, Collected fields, string fragmentName)
    {
        Spend(1);
        if (fields.Fields.Count == 0) return;
        if (fields.ComparedFragments.TryGetValue(fragmentName, out var compared) && (!compared || areMutuallyExclusive)) return;
        fields.ComparedFragments[fragmentName] = areMutuallyExclusive;
        var fragment = context.GetFragment(fragmentName);
        if (fragment is null) return;
        var fragmentFields = CollectFragment(context, fragment);
        if (ReferenceEquals(fields, fragmentFields)) return;
        CollectConflictsBetween(context, conflicts, areMutuallyExclusive, fields, fragmentFields);
        foreach (var referenced in fragmentFields.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(context, conflicts, areMutuallyExclusive, fields, referenced);
        }
    }

    private void CollectConflictsBetweenFragments(
        ValidationContext context, List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        Spend(2);
        if (fragmentName1 == fragmentName2) return;
        var key = string.CompareOrdinal(fragmentName1, fragmentName2) < 0 ? (fragmentName1, fragmentName2) : (fragmentName2, fragmentName1);
        // A comparison made without exclusivity covers one with it, not the other way round.
        if (_comparedFragmentPairs.TryGetValue(key, out var stored) && (areMutuallyExclusive || stored == areMutuallyExclusive)) return;
        _comparedFragmentPairs[key] = areMutuallyExclusive;
        var fragment1 = context.GetFragment(fragmentName1);
        var fragment2 = context.GetFragment(fragmentName2);
        if (fragment1 is null || fragment2 is null) return;
        var fields1 = CollectFragment(context, fragment1);
        var fields2 = CollectFragment(context, fragment2);
        CollectConflictsBetween(context, conflicts, areMutuallyExclusive, fields1, fields2);
        foreach (var name2 in fields2.FragmentNames) CollectConflictsBetweenFragments(context, conflicts, areMutuallyExclusive, fragmentName1, name2);
        foreach (var name1 in fields1.FragmentNames) CollectConflictsBetweenFragments(context, conflicts, areMutuallyExclusive, name1, fragmentName2);
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        ValidationContext context, bool areMutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var fields1 = Collect(context, parentType1, selectionSet1);
        var fields2 = Collect(context, parentType2, selectionSet2);
        CollectConflictsBetween(context, conflicts, areMutuallyExclusive, fields1, fields2);
        foreach (var name2 in fields2.FragmentNames) CollectConflictsBetweenFieldsAndFragment(context, conflicts, areMutuallyExclusive, fields1, name2);
        foreach (var name1 in fields1.FragmentNames) CollectConflictsBetweenFieldsAndFragment(context, conflicts, areMutuallyExclusive, fields2, name1);
        foreach (var name1 in fields1.FragmentNames)
        {
            foreach (var name2 in fields2.FragmentNames) CollectConflictsBetweenFragments(context, conflicts, areMutuallyExclusive, name1, name2);
        }
        return conflicts;
    }

    private void CollectConflictsWithin(ValidationContext context, List<Conflict> conflicts, Collected collected)
    {
        foreach (var (responseName, fields) in collected.Fields)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(context, false, responseName, fields[i], fields[j]) is { } conflict) conflicts.Add(conflict);
                }
            }
        }
    }

    private void CollectConflictsBetween(ValidationContext context, List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, Collected collected1, Collected collected2)
    {
        if (collected1.Fields.Count == 0 || collected2.Fields.Count == 0) return;
        foreach (var (responseName, fields1) in collected1.Fields)
        {
            Spend(1);
            if (!collected2.Fields.TryGetValue(responseName, out var fields2)) continue;
            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(context, parentFieldsAreMutuallyExclusive, responseName, field1, field2) is { } conflict) conflicts.Add(conflict);
                }
            }
        }
    }

    private Conflict? FindConflict(ValidationContext context, bool parentFieldsAreMutuallyExclusive, string responseName, FieldEntry field1, FieldEntry field2)
    {
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive ||
            (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        Spend(2);
        var node1 = field1.Node;
        var node2 = field2.Node;
        if (!areMutuallyExclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return new Conflict(responseName, $"\"{Abbreviate(node1.Name.Value)}\" and \"{Abbreviate(node2.Name.Value)}\" are different fields", [node1], [node2]);
            }
            if (!SameArguments(node1, node2))
            {
                return new Conflict(responseName, "they have differing arguments", [node1], [node2]);
            }
        }
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }
        if (node1.SelectionSet is { } set1 && node2.SelectionSet is { } set2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(context, areMutuallyExclusive, type1?.Named, set1, type2?.Named, set2);
            if (conflicts.Count > 0) return SubfieldConflicts(conflicts, responseName, node1, node2);
        }
        return null;
    }

    private static Conflict SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        var message = "";
        foreach (var conflict in conflicts)
        {
            message += (message.Length == 0 ? "" : " and ") + $"subfields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}";
            if (message.Length > MaxConflictDetailLength) break;
        }
        return new Conflict(responseName, Abbreviate(message), ConflictNodes(node1, conflicts, true), ConflictNodes(node2, conflicts, false));
    }

    /// <summary>The enclosing field first, then the nested conflicts' nodes, at most <see cref="MaxConflictNodes"/> in all.</summary>
    private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var remaining = MaxConflictNodes - nodes.Count;
            nodes.AddRange(side.Skip(Math.Max(0, side.Count - remaining)));
            if (nodes.Count == MaxConflictNodes) break;
        }
        return nodes;
    }

    private static string Abbreviate(string text) => text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    private bool SameArguments(FieldNode node1, FieldNode node2)
    {
        if (node1.Arguments.Count != node2.Arguments.Count) return false;
        foreach (var argument1 in node1.Arguments)
        {
            Spend(1);
            var argument2 = node2.Arguments.FirstOrDefault(a => a.Name.Value == argument1.Name.Value);
            if (argument2 is null || Stringify(argument1.Value) != Stringify(argument2.Value)) return false;
        }
        return true;
    }

    /// <summary>A value's canonical text: object fields sorted by name, block strings distinct from quoted ones.</summary>
    private static string Stringify(ValueNode value) => value switch
    {
        StringValueNode s => (s.Block ? "B" : "S") + AstPrinter.QuoteString(s.Value),
        ObjectValueNode obj => "{" + string.Join(",", obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal).Select(f => f.Name.Value + ":" + Stringify(f.Value))) + "}",
        ListValueNode list => "[" + string.Join(",", list.Values.Select(Stringify)) + "]",
        _ => value.GetType().Name + ":" + AstPrinter.Print(value),
    };

    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        Spend(1);
        if (type1 is ListType list1) return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        if (type2 is ListType) return true;
        if (type1 is NonNullType nn1) return type2 is not NonNullType nn2 || DoTypesConflict(nn1.OfType, nn2.OfType);
        if (type2 is NonNullType) return true;
        if (type1.IsLeaf || type2.IsLeaf) return !ReferenceEquals(type1, type2);
        return false;
    }

    private Collected Collect(ValidationContext context, NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_collected.TryGetValue((parentType, selectionSet), out var cached)) return cached;
        var collected = new Collected();
        CollectInto(context, parentType, selectionSet, collected);
        _collected[(parentType, selectionSet)] = collected;
        return collected;
    }

    private Collected CollectFragment(ValidationContext context, FragmentDefinitionNode fragment) =>
        Collect(context, TypeRefs.TryResolve(fragment.TypeCondition, context.Schema.GetType) as NamedType, fragment.SelectionSet);

    private static void CollectInto(ValidationContext context, NamedType? parentType, SelectionSetNode selectionSet, Collected collected)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = (parentType as FieldsType)?.GetField(field.Name.Value);
                    if (!collected.Fields.TryGetValue(field.ResponseName, out var list)) collected.Fields[field.ResponseName] = list = [];
                    list.Add(new FieldEntry(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (!collected.FragmentNames.Contains(spread.Name.Value)) collected.FragmentNames.Add(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is null ? parentType : TypeRefs.TryResolve(inline.TypeCondition, context.Schema.GetType) as NamedType;
                    CollectInto(context, inlineType, inline.SelectionSet, collected);
                    break;
            }
        }
    }

    private void Spend(int cost)
    {
        _budget -= cost;
        if (_budget < 0) throw new BudgetExceededException();
    }

    private sealed class BudgetExceededException : Exception;
}
