using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>Every type named in a document (variable types, type conditions) exists in the schema (§5.5.1.2, §5.8.2).</summary>
public sealed class KnownTypeNamesRule : ValidationRule
{
    private HashSet<string> _definedInDocument = [];
    private bool _inTypeSystem;

    public override bool Enter(Node node, ValidationContext context)
    {
        switch (node)
        {
            case DocumentNode document:
                _definedInDocument = document.Definitions.OfType<TypeSystemDefinitionNode>()
                    .Where(d => d.Name is not null && d is not DirectiveDefinitionNode).Select(d => d.Name!.Value).ToHashSet(StringComparer.Ordinal);
                break;
            case TypeSystemDefinitionNode:
                _inTypeSystem = true;
                break;
            case ExecutableDefinitionNode:
                _inTypeSystem = false;
                break;
            case NamedTypeNode named:
                var name = named.Name.Value;
                if (context.Schema.GetType(name) is not null || _definedInDocument.Contains(name)) break;
                // SDL may name the built-in scalars even when the schema does not use them.
                if (_inTypeSystem && BuiltInScalars.All.Any(s => s.Name == name)) break;
                var candidates = context.Schema.Types.Select(t => t.Name).Concat(_definedInDocument);
                if (_inTypeSystem) candidates = candidates.Concat(BuiltInScalars.All.Select(s => s.Name)).Distinct();
                var suggestions = Suggestions.List(name, candidates);
                context.ReportError(ValidationError.At($"Unknown type \"{name}\"." + Suggestions.DidYouMean(null, suggestions), named));
                break;
        }
        return true;
    }
}
