using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.6.3 Input Object Field Uniqueness.</summary>
public sealed class UniqueInputFieldNamesRule : ValidationRule
{
    private readonly Stack<Dictionary<string, NameNode>> _known = new();

    public override bool Enter(Node node, ValidationContext context)
    {
        switch (node)
        {
            case ObjectValueNode:
                _known.Push(new Dictionary<string, NameNode>(StringComparer.Ordinal));
                break;
            case ObjectFieldNode field when _known.Count > 0:
                var names = _known.Peek();
                if (names.TryGetValue(field.Name.Value, out var first))
                {
                    context.ReportError(ValidationError.At($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name));
                }
                else
                {
                    names[field.Name.Value] = field.Name;
                }
                break;
        }
        return true;
    }

    public override void Leave(Node node, ValidationContext context)
    {
        if (node is ObjectValueNode) _known.Pop();
    }
}
