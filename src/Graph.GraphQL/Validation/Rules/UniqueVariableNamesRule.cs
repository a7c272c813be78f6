using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.8.1 Variable Uniqueness.</summary>
public sealed class UniqueVariableNamesRule : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is OperationDefinitionNode operation)
        {
            foreach (var group in operation.VariableDefinitions.GroupBy(v => v.Variable.Name.Value).Where(g => g.Count() > 1))
            {
                context.ReportError(ValidationError.At(
                    $"There can be only one variable named \"${group.Key}\".", [.. group.Select(v => (Node)v.Variable.Name)]));
            }
        }
        return node is not (OperationDefinitionNode or FragmentDefinitionNode);
    }
}
