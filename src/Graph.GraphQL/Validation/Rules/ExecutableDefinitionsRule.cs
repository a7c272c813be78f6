using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.1.1 Executable Definitions: a request holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is not DocumentNode document) return true;
        foreach (var definition in document.Definitions)
        {
            if (definition is TypeSystemDefinitionNode typeSystem)
            {
                var name = typeSystem is SchemaDefinitionNode ? "schema" : $"\"{typeSystem.Name!.Value}\"";
                context.ReportError(ValidationError.At($"The {name} definition is not executable.", definition));
            }
        }
        return false;
    }
}
