using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.4.2.1 Required Arguments: non-null arguments without defaults must be given.</summary>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    public override void Leave(Node node, ValidationContext context)
    {
        switch (node)
        {
            case FieldNode field when context.FieldDef is { } definition:
                foreach (var argument in definition.Arguments)
                {
                    if (IsRequired(argument) && !field.Arguments.Any(a => a.Name.Value == argument.Name))
                    {
                        context.ReportError(ValidationError.At(
                            $"Field \"{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", field));
                    }
                }
                break;
            case DirectiveNode directive when context.Directive is { } directiveDefinition:
                foreach (var argument in directiveDefinition.Arguments)
                {
                    if (IsRequired(argument) && !directive.Arguments.Any(a => a.Name.Value == argument.Name))
                    {
                        context.ReportError(ValidationError.At(
                            $"Directive \"@{directiveDefinition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", directive));
                    }
                }
                break;
        }
    }

    private static bool IsRequired(InputValueDefinition argument) => argument.Type is NonNullType && !argument.HasDefault;
}
