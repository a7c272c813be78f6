using System.Collections.Concurrent;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>
/// What execution can reuse across requests for one (cached) document: its fragments by name, the grouped fields
/// of each selection set per object type (when no @skip/@include depends on a variable), and argument values
/// written without variables. Kept on the document, so a cached document carries its plan.
/// </summary>
internal sealed class ExecutionPlan
{
    private readonly ConcurrentDictionary<(ObjectType, SelectionSetNode), OrderedDictionary<string, List<FieldNode>>> _fields = new();
    private readonly ConcurrentDictionary<(FieldNode, FieldDefinition), IReadOnlyDictionary<string, object?>> _arguments = new();

    private ExecutionPlan(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment) Fragments.TryAdd(fragment.Name.Value, fragment);
        }
    }

    public static ExecutionPlan For(DocumentNode document)
    {
        if (document.ExecutionPlan is ExecutionPlan plan) return plan;
        plan = new ExecutionPlan(document);
        return Interlocked.CompareExchange(ref document.ExecutionPlan, plan, null) as ExecutionPlan ?? plan;
    }

    public Dictionary<string, FragmentDefinitionNode> Fragments { get; } = new(StringComparer.Ordinal);

    public bool TryGetFields(ObjectType type, SelectionSetNode selectionSet, out OrderedDictionary<string, List<FieldNode>> fields) =>
        _fields.TryGetValue((type, selectionSet), out fields!);

    public void StoreFields(ObjectType type, SelectionSetNode selectionSet, OrderedDictionary<string, List<FieldNode>> fields) =>
        _fields.TryAdd((type, selectionSet), fields);

    /// <summary>The coerced arguments of a field node, computed once when no argument mentions a variable.</summary>
    public IReadOnlyDictionary<string, object?> Arguments(FieldNode node, FieldDefinition field, IReadOnlyDictionary<string, object?> variables)
    {
        if (_arguments.TryGetValue((node, field), out var cached)) return cached;
        var arguments = ValueCoercion.CoerceArgumentValues(field.Arguments, node.Arguments, node, variables);
        if (!node.Arguments.Any(a => MentionsVariable(a.Value))) _arguments.TryAdd((node, field), arguments);
        return arguments;
    }

    public static bool MentionsVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(MentionsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => MentionsVariable(f.Value)),
        _ => false,
    };
}
