using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>Every type named in a document (variable types, type conditions) exists in the schema (§5.5.1.2, §5.8.2).</summary>
public sealed class KnownTypeNamesRule : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is NamedTypeNode named && context.Schema.GetType(named.Name.Value) is null)
        {
            var suggestions = Suggestions.List(named.Name.Value, context.Schema.Types.Select(t => t.Name));
            context.ReportError(ValidationError.At($"Unknown type \"{named.Name.Value}\"." + Suggestions.DidYouMean(null, suggestions), named));
        }
        return true;
    }
}
