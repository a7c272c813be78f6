using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.5.2.3 Fragment Spread Is Possible: the fragment's type and the parent type can describe the same object.</summary>
public sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        switch (node)
        {
            case InlineFragmentNode inline:
                if (context.Type?.Named is { IsComposite: true } fragmentType && context.ParentType is { IsComposite: true } parentType &&
                    !context.Schema.DoTypesOverlap(fragmentType, parentType))
                {
                    context.ReportError(ValidationError.At(
                        $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", inline));
                }
                break;
            case FragmentSpreadNode spread:
                var fragment = context.GetFragment(spread.Name.Value);
                var spreadType = fragment is null ? null : TypeRefs.TryResolve(fragment.TypeCondition, context.Schema.GetType);
                if (spreadType?.Named is { IsComposite: true } target && context.ParentType is { IsComposite: true } parent &&
                    !context.Schema.DoTypesOverlap(target, parent))
                {
                    context.ReportError(ValidationError.At(
                        $"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{parent.Name}\" can never be of type \"{target.Name}\".", spread));
                }
                break;
        }
        return true;
    }
}
