using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.5.1.1 Fragment Name Uniqueness.</summary>
public sealed class UniqueFragmentNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            var name = fragment.Name;
            if (_known.TryGetValue(name.Value, out var first))
            {
                context.ReportError(ValidationError.At($"There can be only one fragment named \"{name.Value}\".", first, name));
            }
            else
            {
                _known[name.Value] = name;
            }
        }
        return node is not (OperationDefinitionNode or FragmentDefinitionNode);
    }
}
