using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.6.1 Values of Correct Type, §5.6.2 Input Object Field Names, §5.6.4 Input Object Required Fields.</summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        switch (node)
        {
            case ListValueNode list:
                if (context.ParentInputType?.Nullable is not ListType)
                {
                    CheckLeaf(list, context);
                    return false;
                }
                return true;
            case ObjectValueNode obj:
                if (context.InputType?.Named is not InputObjectType inputType)
                {
                    CheckLeaf(obj, context);
                    return false;
                }
                foreach (var field in inputType.Fields)
                {
                    if (field.Type is NonNullType && !field.HasDefault && !obj.Fields.Any(f => f.Name.Value == field.Name))
                    {
                        context.ReportError(ValidationError.At(
                            $"Field \"{inputType.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", obj));
                    }
                }
                return true;
            case ObjectFieldNode objectField:
                if (context.InputType is null && context.ParentInputType?.Named is InputObjectType parentType)
                {
                    var hint = Suggestions.DidYouMean(null, Suggestions.List(objectField.Name.Value, parentType.Fields.Select(f => f.Name)));
                    context.ReportError(ValidationError.At($"Field \"{objectField.Name.Value}\" is not defined by type \"{parentType.Name}\".{hint}", objectField));
                }
                return true;
            case NullValueNode nullValue:
                if (context.InputType is NonNullType nonNull)
                {
                    context.ReportError(ValidationError.At($"Expected value of type \"{nonNull}\", found null.", nullValue));
                }
                return true;
            case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                CheckLeaf((ValueNode)node, context);
                return true;
            default:
                return true;
        }
    }

    /// <summary>graphql-js isValidValueNode: a literal in a leaf position must parse as that leaf type.</summary>
    private static void CheckLeaf(ValueNode node, ValidationContext context)
    {
        if (context.InputType is not { } locationType) return;
        var type = locationType.Named;
        if (!type.IsLeaf || type is not (ScalarType or EnumType))
        {
            context.ReportError(ValidationError.At($"Expected value of type \"{locationType}\", found {AstPrinter.Print(node)}.", node));
            return;
        }
        try
        {
            if (type is EnumType e) e.ParseLiteral(node);
            else ((ScalarType)type).ParseLiteral(node);
        }
        catch (ScalarCoercionException ex)
        {
            // Built-in scalars and enums raise errors meant for clients; custom scalars get the generic wording first.
            var message = type is EnumType || BuiltInScalars.IsBuiltIn(type)
                ? ex.Message
                : $"Expected value of type \"{locationType}\", found {AstPrinter.Print(node)}; {ex.Message}";
            context.ReportError(ValidationError.At(message, node));
        }
    }
}
