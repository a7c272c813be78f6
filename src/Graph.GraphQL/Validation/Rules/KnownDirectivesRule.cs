using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.7.1 Directives Are Defined, and §5.7.2 Directives Are In Valid Locations.</summary>
public sealed class KnownDirectivesRule : ValidationRule
{
    private Dictionary<string, List<string>>? _documentDirectives;

    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is DocumentNode document)
        {
            // Directives defined in the document itself (SDL) count as known, as in graphql-js.
            _documentDirectives = document.Definitions.OfType<DirectiveDefinitionNode>()
                .GroupBy(d => d.Name!.Value)
                .ToDictionary(g => g.Key, g => g.Last().Locations.Select(l => l.Value).ToList(), StringComparer.Ordinal);
            return true;
        }
        if (node is not DirectiveNode directive) return true;
        var name = directive.Name.Value;
        List<string>? locations = null;
        if (_documentDirectives?.TryGetValue(name, out var declared) == true) locations = declared;
        else if (context.Schema.GetDirective(name) is { } definition) locations = [.. definition.Locations.Select(l => l.SpecName())];
        if (locations is null)
        {
            context.ReportError(ValidationError.At($"Unknown directive \"@{name}\".", directive));
            return true;
        }
        var location = context.DirectiveLocation.SpecName();
        if (!locations.Contains(location))
        {
            context.ReportError(ValidationError.At($"Directive \"@{name}\" may not be used on {location}.", directive));
        }
        return true;
    }
}
