using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.4.1 Argument Names: every argument is defined by its field or directive.</summary>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        switch (node)
        {
            case DirectiveNode directive:
                if (context.Directive is { } definition)
                {
                    foreach (var argument in directive.Arguments)
                    {
                        var name = argument.Name.Value;
                        if (definition.GetArgument(name) is not null) continue;
                        var hint = Suggestions.DidYouMean(null, Suggestions.List(name, definition.Arguments.Select(a => a.Name)));
                        context.ReportError(ValidationError.At($"Unknown argument \"{name}\" on directive \"@{directive.Name.Value}\".{hint}", argument));
                    }
                }
                return false;
            case ArgumentNode argument when context.Argument is null && context.FieldDef is { } field && context.ParentType is { } parent:
                var argumentName = argument.Name.Value;
                var suggestion = Suggestions.DidYouMean(null, Suggestions.List(argumentName, field.Arguments.Select(a => a.Name)));
                context.ReportError(ValidationError.At($"Unknown argument \"{argumentName}\" on field \"{parent.Name}.{field.Name}\".{suggestion}", argument));
                return true;
            default:
                return true;
        }
    }
}
