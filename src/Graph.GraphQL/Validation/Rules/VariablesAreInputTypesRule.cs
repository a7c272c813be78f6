using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.8.2 Variables Are Input Types.</summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is VariableDefinitionNode definition)
        {
            var type = TypeRefs.TryResolve(definition.Type, context.Schema.GetType);
            if (type is not null && !type.IsInputType)
            {
                context.ReportError(ValidationError.At(
                    $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{definition.Type}\".", definition.Type));
            }
        }
        return true;
    }
}
