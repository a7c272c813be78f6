using Graph.GraphQL.Execution;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;
using Graph.GraphQL.Validation.Rules;

namespace Graph.GraphQL.Validation;

/// <summary>Runs the validation rules of spec §5 (graphql-js's specifiedRules, in its order, with its recommended introspection-depth rule) over a document.</summary>
public static class DocumentValidator
{
    /// <summary>graphql-js stops after this many errors, adding one saying so.</summary>
    public const int DefaultMaxErrors = 100;

    /// <summary>A fresh set of the specified rules (rules keep per-document state).</summary>
    public static IReadOnlyList<ValidationRule> SpecifiedRules() =>
    [
        new ExecutableDefinitionsRule(),
        new UniqueOperationNamesRule(),
        new LoneAnonymousOperationRule(),
        new SingleFieldSubscriptionsRule(),
        new KnownTypeNamesRule(),
        new FragmentsOnCompositeTypesRule(),
        new VariablesAreInputTypesRule(),
        new ScalarLeafsRule(),
        new FieldsOnCorrectTypeRule(),
        new UniqueFragmentNamesRule(),
        new KnownFragmentNamesRule(),
        new NoUnusedFragmentsRule(),
        new PossibleFragmentSpreadsRule(),
        new NoFragmentCyclesRule(),
        new UniqueVariableNamesRule(),
        new NoUndefinedVariablesRule(),
        new NoUnusedVariablesRule(),
        new KnownDirectivesRule(),
        new UniqueDirectivesPerLocationRule(),
        new KnownArgumentNamesRule(),
        new UniqueArgumentNamesRule(),
        new ValuesOfCorrectTypeRule(),
        new ProvidedRequiredArgumentsRule(),
        new VariablesInAllowedPositionRule(),
        new OverlappingFieldsCanBeMergedRule(),
        new UniqueInputFieldNamesRule(),
        new MaxIntrospectionDepthRule(),
    ];

    /// <summary>The errors of the document against the schema; empty when it is valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema, DocumentNode document, IReadOnlyList<ValidationRule>? rules = null, int maxErrors = DefaultMaxErrors)
    {
        var context = new ValidationContext(schema, document, maxErrors);
        try
        {
            new DocumentWalker(context, rules ?? SpecifiedRules()).WalkDocument(document);
        }
        catch (TooManyErrorsException)
        {
            return [.. context.Errors, new GraphQLError("Too many validation errors, error limit reached. Validation aborted.", null, null, ErrorCodes.ValidationFailed)];
        }
        catch (ValidationAbortedException)
        {
            return [.. context.Errors, new GraphQLError("Validation aborted.", null, null, ErrorCodes.ValidationFailed)];
        }
        return context.Errors;
    }
}
