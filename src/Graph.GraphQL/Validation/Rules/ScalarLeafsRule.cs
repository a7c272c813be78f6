using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.3.3 Leaf Field Selections.</summary>
public sealed class ScalarLeafsRule : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is FieldNode field && context.Type is { } type)
        {
            var name = field.Name.Value;
            if (type.IsLeaf)
            {
                if (field.SelectionSet is not null)
                {
                    context.ReportError(ValidationError.At(
                        $"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", field.SelectionSet));
                }
            }
            else if (field.SelectionSet is null)
            {
                context.ReportError(ValidationError.At(
                    $"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", field));
            }
        }
        return true;
    }
}
