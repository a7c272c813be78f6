using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// §5.3.2 Field Selection Merging: fields with the same response name must be the same field with the same
/// arguments (unless their parents can never be the same object) and must have shapes that can merge.
/// Follows graphql-js's algorithm: fields and fragment names are gathered per selection set (cached), fragments are
/// compared pairwise once (memoised with their exclusivity), and conflicts inside sub-selections are reported on
/// the outermost pair with the nested reasons.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private readonly Dictionary<SelectionSetNode, (FieldMap Fields, List<string> FragmentNames)> _cache = [];
    private readonly PairSet _comparedFragmentPairs = new();

    private sealed class FieldMap : OrderedDictionary<string, List<FieldEntry>>
    {
        public FieldMap() : base(StringComparer.Ordinal) { }
    }

    private readonly record struct FieldEntry(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition);

    /// <summary>A reason is either a message or the list of sub-field conflicts.</summary>
    private sealed record Reason(string? Message, List<(string ResponseName, Reason Reason)>? SubReasons);

    private sealed record Conflict(string ResponseName, Reason Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is SelectionSetNode selectionSet)
        {
            foreach (var conflict in FindConflictsWithinSelectionSet(context, context.ParentType, selectionSet))
            {
                context.ReportError(ValidationError.At(
                    $"Fields \"{conflict.ResponseName}\" conflict because {ReasonMessage(conflict.Reason)}. Use different aliases on the fields to fetch both if this was intentional.",
                    [.. conflict.Fields1, .. conflict.Fields2]));
            }
        }
        return true;
    }

    private static string ReasonMessage(Reason reason) => reason.SubReasons is { } subs
        ? string.Join(" and ", subs.Select(s => $"subfields \"{s.ResponseName}\" conflict because {ReasonMessage(s.Reason)}"))
        : reason.Message!;

    private List<Conflict> FindConflictsWithinSelectionSet(ValidationContext context, NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var (fieldMap, fragmentNames) = GetFieldsAndFragmentNames(context, parentType, selectionSet);
        CollectConflictsWithin(context, conflicts, fieldMap);
        for (var i = 0; i < fragmentNames.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(context, conflicts, false, fieldMap, fragmentNames[i]);
            for (var j = i + 1; j < fragmentNames.Count; j++)
            {
                CollectConflictsBetweenFragments(context, conflicts, false, fragmentNames[i], fragmentNames[j]);
            }
        }
        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(
        ValidationContext context, List<Conflict> conflicts, bool areMutuallyExclusive, FieldMap fieldMap, string fragmentName)
    {
        var fragment = context.GetFragment(fragmentName);
        if (fragment is null) return;
        var (fieldMap2, referencedFragmentNames) = GetReferencedFieldsAndFragmentNames(context, fragment);
        if (ReferenceEquals(fieldMap, fieldMap2)) return;
        CollectConflictsBetween(context, conflicts, areMutuallyExclusive, fieldMap, fieldMap2);
        foreach (var referenced in referencedFragmentNames)
        {
            if (_comparedFragmentPairs.Has(referenced, fragmentName, areMutuallyExclusive)) continue;
            _comparedFragmentPairs.Add(referenced, fragmentName, areMutuallyExclusive);
            CollectConflictsBetweenFieldsAndFragment(context, conflicts, areMutuallyExclusive, fieldMap, referenced);
        }
    }

    private void CollectConflictsBetweenFragments(
        ValidationContext context, List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        if (fragmentName1 == fragmentName2) return;
        if (_comparedFragmentPairs.Has(fragmentName1, fragmentName2, areMutuallyExclusive)) return;
        _comparedFragmentPairs.Add(fragmentName1, fragmentName2, areMutuallyExclusive);
        var fragment1 = context.GetFragment(fragmentName1);
        var fragment2 = context.GetFragment(fragmentName2);
        if (fragment1 is null || fragment2 is null) return;
        var (fieldMap1, referenced1) = GetReferencedFieldsAndFragmentNames(context, fragment1);
        var (fieldMap2, referenced2) = GetReferencedFieldsAndFragmentNames(context, fragment2);
        CollectConflictsBetween(context, conflicts, areMutuallyExclusive, fieldMap1, fieldMap2);
        foreach (var name2 in referenced2) CollectConflictsBetweenFragments(context, conflicts, areMutuallyExclusive, fragmentName1, name2);
        foreach (var name1 in referenced1) CollectConflictsBetweenFragments(context, conflicts, areMutuallyExclusive, name1, fragmentName2);
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        ValidationContext context, bool areMutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var (fieldMap1, fragmentNames1) = GetFieldsAndFragmentNames(context, parentType1, selectionSet1);
        var (fieldMap2, fragmentNames2) = GetFieldsAndFragmentNames(context, parentType2, selectionSet2);
        CollectConflictsBetween(context, conflicts, areMutuallyExclusive, fieldMap1, fieldMap2);
        foreach (var name2 in fragmentNames2) CollectConflictsBetweenFieldsAndFragment(context, conflicts, areMutuallyExclusive, fieldMap1, name2);
        foreach (var name1 in fragmentNames1) CollectConflictsBetweenFieldsAndFragment(context, conflicts, areMutuallyExclusive, fieldMap2, name1);
        foreach (var name1 in fragmentNames1)
        {
            foreach (var name2 in fragmentNames2) CollectConflictsBetweenFragments(context, conflicts, areMutuallyExclusive, name1, name2);
        }
        return conflicts;
    }

    private void CollectConflictsWithin(ValidationContext context, List<Conflict> conflicts, FieldMap fieldMap)
    {
        foreach (var (responseName, fields) in fieldMap)
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

    private void CollectConflictsBetween(ValidationContext context, List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, FieldMap fieldMap1, FieldMap fieldMap2)
    {
        foreach (var (responseName, fields1) in fieldMap1)
        {
            if (!fieldMap2.TryGetValue(responseName, out var fields2)) continue;
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
        var node1 = field1.Node;
        var node2 = field2.Node;
        if (!areMutuallyExclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return new Conflict(responseName, new Reason($"\"{node1.Name.Value}\" and \"{node2.Name.Value}\" are different fields", null), [node1], [node2]);
            }
            if (!SameArguments(node1, node2))
            {
                return new Conflict(responseName, new Reason("they have differing arguments", null), [node1], [node2]);
            }
        }
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(responseName, new Reason($"they return conflicting types \"{type1}\" and \"{type2}\"", null), [node1], [node2]);
        }
        if (node1.SelectionSet is { } set1 && node2.SelectionSet is { } set2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(context, areMutuallyExclusive, type1?.Named, set1, type2?.Named, set2);
            if (conflicts.Count > 0)
            {
                return new Conflict(
                    responseName,
                    new Reason(null, [.. conflicts.Select(c => (c.ResponseName, c.Reason))]),
                    [node1, .. conflicts.SelectMany(c => c.Fields1)],
                    [node2, .. conflicts.SelectMany(c => c.Fields2)]);
            }
        }
        return null;
    }

    private static bool SameArguments(FieldNode node1, FieldNode node2)
    {
        if (node1.Arguments.Count != node2.Arguments.Count) return false;
        foreach (var argument1 in node1.Arguments)
        {
            var argument2 = node2.Arguments.FirstOrDefault(a => a.Name.Value == argument1.Name.Value);
            if (argument2 is null || Stringify(argument1.Value) != Stringify(argument2.Value)) return false;
        }
        return true;
    }

    /// <summary>A value printed with object fields sorted by name, so field order does not matter.</summary>
    private static string Stringify(ValueNode value) => AstPrinter.Print(Sort(value));

    private static ValueNode Sort(ValueNode value) => value switch
    {
        ObjectValueNode obj => new ObjectValueNode(
            [.. obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal).Select(f => new ObjectFieldNode(f.Name, Sort(f.Value), f.Location))], obj.Location),
        ListValueNode list => new ListValueNode([.. list.Values.Select(Sort)], list.Location),
        _ => value,
    };

    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (type1 is ListType list1) return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        if (type2 is ListType) return true;
        if (type1 is NonNullType nn1) return type2 is not NonNullType nn2 || DoTypesConflict(nn1.OfType, nn2.OfType);
        if (type2 is NonNullType) return true;
        if (type1.IsLeaf || type2.IsLeaf) return !ReferenceEquals(type1, type2);
        return false;
    }

    private (FieldMap Fields, List<string> FragmentNames) GetFieldsAndFragmentNames(ValidationContext context, NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_cache.TryGetValue(selectionSet, out var cached)) return cached;
        var fieldMap = new FieldMap();
        var fragmentNames = new List<string>();
        CollectFieldsAndFragmentNames(context, parentType, selectionSet, fieldMap, fragmentNames);
        var result = (fieldMap, fragmentNames);
        _cache[selectionSet] = result;
        return result;
    }

    private (FieldMap Fields, List<string> FragmentNames) GetReferencedFieldsAndFragmentNames(ValidationContext context, FragmentDefinitionNode fragment)
    {
        if (_cache.TryGetValue(fragment.SelectionSet, out var cached)) return cached;
        var fragmentType = TypeRefs.TryResolve(fragment.TypeCondition, context.Schema.GetType) as NamedType;
        return GetFieldsAndFragmentNames(context, fragmentType, fragment.SelectionSet);
    }

    private static void CollectFieldsAndFragmentNames(
        ValidationContext context, NamedType? parentType, SelectionSetNode selectionSet, FieldMap fieldMap, List<string> fragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = (parentType as FieldsType)?.GetField(field.Name.Value);
                    if (!fieldMap.TryGetValue(field.ResponseName, out var list)) fieldMap[field.ResponseName] = list = [];
                    list.Add(new FieldEntry(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (!fragmentNames.Contains(spread.Name.Value)) fragmentNames.Add(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is null ? parentType : TypeRefs.TryResolve(inline.TypeCondition, context.Schema.GetType) as NamedType;
                    CollectFieldsAndFragmentNames(context, inlineType, inline.SelectionSet, fieldMap, fragmentNames);
                    break;
            }
        }
    }

    /// <summary>Fragment pairs already compared, remembering whether that comparison assumed mutually exclusive parents.</summary>
    private sealed class PairSet
    {
        private readonly Dictionary<(string, string), bool> _data = [];

        public bool Has(string a, string b, bool areMutuallyExclusive)
        {
            if (!_data.TryGetValue(Key(a, b), out var stored)) return false;
            // A comparison made without exclusivity covers one with it, not the other way round.
            return areMutuallyExclusive || stored == areMutuallyExclusive;
        }

        public void Add(string a, string b, bool areMutuallyExclusive) => _data[Key(a, b)] = areMutuallyExclusive;

        private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
    }
}
