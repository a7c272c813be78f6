using Graph.GraphQL.Language;

namespace Graph.GraphQL.Execution;

/// <summary>One entry of a response's <c>errors</c> list (spec §7.1.2).</summary>
public sealed class GraphQLError
{
    public GraphQLError(string message, IReadOnlyList<SourceLocation>? locations = null, IReadOnlyList<object>? path = null, string? code = null)
    {
        Message = message;
        Locations = locations ?? [];
        Path = path;
        Code = code;
    }

    public string Message { get; }

    public IReadOnlyList<SourceLocation> Locations { get; }

    /// <summary>Response keys (string) and list indices (int) from the root to the field that failed; null for request errors.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary><c>extensions.code</c>.</summary>
    public string? Code { get; }

    public override string ToString() =>
        Message + (Locations.Count > 0 ? " at " + string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}")) : "");
}

/// <summary>The <c>extensions.code</c> values this engine uses.</summary>
public static class ErrorCodes
{
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string OperationNotFound = "OPERATION_RESOLUTION_FAILURE";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string MaxTokensExceeded = "MAX_TOKENS_EXCEEDED";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
}

/// <summary>
/// Thrown by resolvers to report an error the client may see (its message and code reach the response as they are).
/// Any other exception from a resolver is reported as "Unexpected error." so that no internal detail leaks.
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException(string message, string code = ErrorCodes.BadUserInput) : base(message) => Code = code;

    public GraphQLException() : this("GraphQL error.") { }

    public GraphQLException(string message, Exception inner) : base(message, inner) => Code = ErrorCodes.InternalServerError;

    public string Code { get; }
}
