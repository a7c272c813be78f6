using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.7.3 Directives Are Unique Per Location (unless repeatable).</summary>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        var directives = node switch
        {
            OperationDefinitionNode n => n.Directives,
            FragmentDefinitionNode n => n.Directives,
            VariableDefinitionNode n => n.Directives,
            SelectionNode n => n.Directives,
            _ => null,
        };
        if (directives is null || directives.Count < 2) return true;
        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            // Only known, non-repeatable directives count (unknown ones are KnownDirectives' concern).
            if (context.Schema.GetDirective(name) is not { IsRepeatable: false }) continue;
            if (seen.TryGetValue(name, out var first))
            {
                context.ReportError(ValidationError.At($"The directive \"@{name}\" can only be used once at this location.", first, directive));
            }
            else
            {
                seen[name] = directive;
            }
        }
        return true;
    }
}
