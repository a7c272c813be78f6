using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>§5.8.5 All Variable Usages Are Allowed: a variable's type fits every position it is used in.</summary>
public sealed class VariablesInAllowedPositionRule : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context) => node is not FragmentDefinitionNode;

    public override void Leave(Node node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode operation) return;
        var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions) definitions[definition.Variable.Name.Value] = definition;
        foreach (var usage in context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!definitions.TryGetValue(name, out var definition) || usage.Type is null) continue;
            var variableType = TypeRefs.TryResolve(definition.Type, context.Schema.GetType);
            if (variableType is not null && !IsAllowed(context.Schema, variableType, definition.DefaultValue, usage.Type, usage.HasLocationDefault))
            {
                context.ReportError(ValidationError.At(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{usage.Type}\".", definition, usage.Node));
            }
        }
    }

    /// <summary>Spec IsVariableUsageAllowed: a nullable variable may fill a non-null position only when a non-null default covers it.</summary>
    private static bool IsAllowed(Schema schema, GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNull && variableType is not NonNullType)
        {
            var hasNonNullDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullDefault && !locationHasDefault) return false;
            return schema.IsTypeSubTypeOf(variableType, nonNull.OfType);
        }
        return schema.IsTypeSubTypeOf(variableType, locationType);
    }
}
