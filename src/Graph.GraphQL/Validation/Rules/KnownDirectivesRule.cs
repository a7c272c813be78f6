using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.7.1 Directives Are Defined, and §5.7.2 Directives Are In Valid Locations.</summary>
public sealed class KnownDirectivesRule : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is not DirectiveNode directive) return true;
        var name = directive.Name.Value;
        var definition = context.Schema.GetDirective(name);
        if (definition is null)
        {
            context.ReportError(ValidationError.At($"Unknown directive \"@{name}\".", directive));
            return true;
        }
        if (LocationOf(context.DirectiveOwner) is { } location && !definition.Locations.Contains(location))
        {
            context.ReportError(ValidationError.At($"Directive \"@{name}\" may not be used on {location.SpecName()}.", directive));
        }
        return true;
    }

    private static DirectiveLocation? LocationOf(Node? owner) => owner switch
    {
        OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.Query,
        OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
        OperationDefinitionNode => DirectiveLocation.Subscription,
        FieldNode => DirectiveLocation.Field,
        FragmentSpreadNode => DirectiveLocation.FragmentSpread,
        InlineFragmentNode => DirectiveLocation.InlineFragment,
        FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
        VariableDefinitionNode => DirectiveLocation.VariableDefinition,
        _ => null,
    };
}
