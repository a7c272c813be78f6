using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.5.2.1 Fragment Spread Target Defined.</summary>
public sealed class KnownFragmentNamesRule : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is FragmentSpreadNode spread && context.GetFragment(spread.Name.Value) is null)
        {
            context.ReportError(ValidationError.At($"Unknown fragment \"{spread.Name.Value}\".", spread.Name));
        }
        return true;
    }
}
