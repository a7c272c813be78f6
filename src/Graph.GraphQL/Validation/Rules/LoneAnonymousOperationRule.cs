using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.2.2.1 Lone Anonymous Operation.</summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    private int _operationCount;

    public override bool Enter(Node node, ValidationContext context)
    {
        switch (node)
        {
            case DocumentNode document:
                _operationCount = document.Definitions.Count(d => d is OperationDefinitionNode);
                return true;
            case OperationDefinitionNode { Name: null } operation when _operationCount > 1:
                context.ReportError(ValidationError.At("This anonymous operation must be the only defined operation.", operation));
                return false;
            default:
                return node is not (OperationDefinitionNode or FragmentDefinitionNode);
        }
    }
}
