using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.4.2 Argument Uniqueness.</summary>
public sealed class UniqueArgumentNamesRule : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        var arguments = node switch
        {
            FieldNode f => f.Arguments,
            DirectiveNode d => d.Arguments,
            _ => null,
        };
        if (arguments is { Count: > 1 })
        {
            foreach (var group in arguments.GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
            {
                context.ReportError(ValidationError.At($"There can be only one argument named \"{group.Key}\".", [.. group.Select(a => (Node)a.Name)]));
            }
        }
        return true;
    }
}
