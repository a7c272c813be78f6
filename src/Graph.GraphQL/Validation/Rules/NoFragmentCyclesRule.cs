using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.5.2.2 Fragment Spreads Must Not Form Cycles.</summary>
public sealed class NoFragmentCyclesRule : ValidationRule
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);

    public override bool Enter(Node node, ValidationContext context)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                return false;
            case FragmentDefinitionNode fragment:
                DetectCycles(fragment, context);
                return false;
            default:
                return true;
        }
    }

    private void DetectCycles(FragmentDefinitionNode fragment, ValidationContext context)
    {
        var name = fragment.Name.Value;
        if (!_visited.Add(name)) return;
        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0) return;
        _pathIndexByName[name] = _spreadPath.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_pathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (context.GetFragment(spreadName) is { } target) DetectCycles(target, context);
            }
            else
            {
                var cycle = _spreadPath.Skip(cycleIndex).ToList();
                var via = string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => $"\"{s.Name.Value}\""));
                context.ReportError(ValidationError.At(
                    $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."), [.. cycle]));
            }
            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }
        _pathIndexByName.Remove(name);
    }
}
