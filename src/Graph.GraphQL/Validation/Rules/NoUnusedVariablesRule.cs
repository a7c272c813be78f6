using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.8.4 All Variables Used.</summary>
public sealed class NoUnusedVariablesRule : ValidationRule
{
    // Reported when leaving the operation, as graphql-js does, so errors come in the same order.
    public override bool Enter(Node node, ValidationContext context) => node is not FragmentDefinitionNode;

    public override void Leave(Node node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode operation) return;
        var used = context.GetRecursiveVariableUsages(operation).Select(u => u.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (used.Contains(name)) continue;
            context.ReportError(ValidationError.At(
                operation.Name is null ? $"Variable \"${name}\" is never used." : $"Variable \"${name}\" is never used in operation \"{operation.Name.Value}\".",
                definition));
        }
    }
}
