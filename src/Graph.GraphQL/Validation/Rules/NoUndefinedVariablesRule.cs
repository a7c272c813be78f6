using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.8.3 All Variable Uses Defined (through every fragment the operation uses).</summary>
public sealed class NoUndefinedVariablesRule : ValidationRule
{
    // Reported when leaving the operation, as graphql-js does, so errors come in the same order.
    public override bool Enter(Node node, ValidationContext context) => node is not FragmentDefinitionNode;

    public override void Leave(Node node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode operation) return;
        var defined = operation.VariableDefinitions.Select(v => v.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var usage in context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (defined.Contains(name)) continue;
            context.ReportError(ValidationError.At(
                operation.Name is null ? $"Variable \"${name}\" is not defined." : $"Variable \"${name}\" is not defined by operation \"{operation.Name.Value}\".",
                usage.Node, operation));
        }
    }
}
