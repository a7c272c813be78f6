using System.Globalization;
using Graph.GraphQL.Execution;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Protection;

/// <summary>
/// Measures a validated operation before it runs: depth, aliases, estimated cost, and whether it introspects.
/// Works on the document as written (fragments expanded); every branch of an abstract selection is counted, so the
/// cost is an upper bound.
/// </summary>
public static class OperationAnalyzer
{
    /// <summary>The deepest field nesting, not counting introspection fields and what they select.</summary>
    public static int Depth(DocumentNode document, OperationDefinitionNode operation) =>
        SelectionDepth(document, operation.SelectionSet, new HashSet<string>(StringComparer.Ordinal));

    private static int SelectionDepth(DocumentNode document, SelectionSetNode set, HashSet<string> visiting)
    {
        var max = 0;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field when !field.Name.Value.StartsWith("__", StringComparison.Ordinal):
                    max = Math.Max(max, 1 + (field.SelectionSet is null ? 0 : SelectionDepth(document, field.SelectionSet, visiting)));
                    break;
                case InlineFragmentNode inline:
                    max = Math.Max(max, SelectionDepth(document, inline.SelectionSet, visiting));
                    break;
                case FragmentSpreadNode spread when visiting.Add(spread.Name.Value):
                    if (FindFragment(document, spread.Name.Value) is { } fragment) max = Math.Max(max, SelectionDepth(document, fragment.SelectionSet, visiting));
                    visiting.Remove(spread.Name.Value);
                    break;
            }
        }
        return max;
    }

    /// <summary>How many fields in the whole document carry an alias.</summary>
    public static int AliasCount(DocumentNode document)
    {
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode executable) count += Aliases(executable.SelectionSet);
        }
        return count;
    }

    private static int Aliases(SelectionSetNode set)
    {
        var count = 0;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (field.Alias is not null) count++;
                    if (field.SelectionSet is not null) count += Aliases(field.SelectionSet);
                    break;
                case InlineFragmentNode inline:
                    count += Aliases(inline.SelectionSet);
                    break;
            }
        }
        return count;
    }

    /// <summary>Whether the operation (through its fragments) selects __schema or __type.</summary>
    public static bool UsesIntrospection(DocumentNode document, OperationDefinitionNode operation) =>
        Introspects(document, operation.SelectionSet, new HashSet<string>(StringComparer.Ordinal));

    private static bool Introspects(DocumentNode document, SelectionSetNode set, HashSet<string> visited)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (field.Name.Value is "__schema" or "__type") return true;
                    if (field.SelectionSet is not null && Introspects(document, field.SelectionSet, visited)) return true;
                    break;
                case InlineFragmentNode inline when Introspects(document, inline.SelectionSet, visited):
                    return true;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value):
                    if (FindFragment(document, spread.Name.Value) is { } fragment && Introspects(document, fragment.SelectionSet, visited)) return true;
                    break;
            }
        }
        return false;
    }

    /// <summary>The estimated cost of the operation with the given variable values (see <see cref="CostOptions"/>).</summary>
    public static long Cost(Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables, CostOptions options)
    {
        var root = schema.GetRootType(operation.Operation);
        return root is null ? 0 : SelectionCost(schema, document, root, operation.SelectionSet, variables, options, new HashSet<string>(StringComparer.Ordinal));
    }

    private static long SelectionCost(
        Schema schema, DocumentNode document, NamedType parent, SelectionSetNode set, IReadOnlyDictionary<string, object?>? variables, CostOptions options,
        HashSet<string> visiting, bool parentPaged = false)
    {
        long total = 0;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (field.Name.Value.StartsWith("__", StringComparison.Ordinal)) continue;
                    var definition = schema.GetField(parent, field.Name.Value);
                    if (definition is null) continue;
                    long cost = definition.Cost ?? options.DefaultFieldCost;
                    if (field.SelectionSet is not null)
                    {
                        // A paginated field (list or Relay connection) multiplies what it selects by its page size; a list
                        // directly under it (edges, nodes) is that same page and is not multiplied again.
                        var paged = options.PageSizeArguments.Any(name => definition.GetArgument(name) is not null);
                        long multiplier = paged ? PageSize(field, definition, variables, options)
                            : IsList(definition.Type) && !parentPaged ? options.DefaultListSize
                            : 1;
                        var childCost = SelectionCost(schema, document, definition.Type.Named, field.SelectionSet, variables, options, visiting, paged);
                        cost += Saturate(childCost * multiplier);
                    }
                    total = Saturate(total + cost);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is null ? parent : schema.GetType(inline.TypeCondition.Name.Value) ?? parent;
                    total = Saturate(total + SelectionCost(schema, document, inlineType, inline.SelectionSet, variables, options, visiting, parentPaged));
                    break;
                case FragmentSpreadNode spread when visiting.Add(spread.Name.Value):
                    if (FindFragment(document, spread.Name.Value) is { } fragment)
                    {
                        var fragmentType = schema.GetType(fragment.TypeCondition.Name.Value) ?? parent;
                        total = Saturate(total + SelectionCost(schema, document, fragmentType, fragment.SelectionSet, variables, options, visiting, parentPaged));
                    }
                    visiting.Remove(spread.Name.Value);
                    break;
            }
        }
        return total;
    }

    private static bool IsList(GraphQLType type) => type.Nullable is ListType;

    private static long Saturate(long value) => Math.Min(value, int.MaxValue);

    /// <summary>The page size asked for: the argument's literal or variable value, else its default, else the default list size.</summary>
    private static long PageSize(FieldNode field, FieldDefinition definition, IReadOnlyDictionary<string, object?>? variables, CostOptions options)
    {
        foreach (var name in options.PageSizeArguments)
        {
            var argumentDefinition = definition.GetArgument(name);
            if (argumentDefinition is null) continue;
            var argument = field.Arguments.FirstOrDefault(a => a.Name.Value == name);
            long? value = argument?.Value switch
            {
                IntValueNode i when long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
                VariableNode v when variables is not null && variables.TryGetValue(v.Name.Value, out var raw) && raw is not null &&
                    BuiltInScalars.TryGetNumber(raw, out var d) => (long)d,
                _ => argumentDefinition.HasDefault && argumentDefinition.DefaultValue is int fallback ? fallback : null,
            };
            if (value is { } size) return Math.Max(0, size);
        }
        return options.DefaultListSize;
    }

    private static FragmentDefinitionNode? FindFragment(DocumentNode document, string name)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment && fragment.Name.Value == name) return fragment;
        }
        return null;
    }

    internal static GraphQLError Refusal(string message, string code) => new(message, null, null, code);
}
