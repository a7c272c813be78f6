using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.5.1.3 Fragments On Composite Types.</summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition }:
                if (TypeRefs.TryResolve(condition, context.Schema.GetType) is { } type && !type.Named.IsComposite)
                {
                    context.ReportError(ValidationError.At($"Fragment cannot condition on non composite type \"{condition}\".", condition));
                }
                break;
            case FragmentDefinitionNode fragment:
                if (TypeRefs.TryResolve(fragment.TypeCondition, context.Schema.GetType) is { } fragmentType && !fragmentType.Named.IsComposite)
                {
                    context.ReportError(ValidationError.At(
                        $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{fragment.TypeCondition}\".", fragment.TypeCondition));
                }
                break;
        }
        return true;
    }
}
