using Graph.GraphQL.Execution;
using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation;

internal static class ValidationError
{
    public static GraphQLError At(string message, params Node[] nodes) =>
        new(message, nodes.Select(n => n.Location).ToArray(), null, ErrorCodes.ValidationFailed);

    public static GraphQLError At(string message, IEnumerable<SourceLocation> locations) =>
        new(message, locations.ToArray(), null, ErrorCodes.ValidationFailed);
}
