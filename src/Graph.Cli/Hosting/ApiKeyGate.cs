using Graph.GraphQL.Http;
using Graph.GraphQL.Http.Auth;
using Graph.GraphQL.Language.Ast;
using Microsoft.AspNetCore.Http;

namespace Graph.Cli.Hosting;

/// <summary>
/// The API key check of the plain HTTP endpoints that change or reveal the ingestion set-up (<c>/articles</c>,
/// <c>/sources</c>): GraphQL's own <see cref="ApiKeyAuthorizer"/>, asked as for a mutation (same keys, same headers,
/// same constant-time comparison), answered as plain JSON errors.
/// </summary>
internal sealed class ApiKeyGate(GraphQLHttpOptions options)
{
    private readonly ApiKeyAuthorizer _authorizer = new(options);

    /// <summary>The refusal to send, or null when the request carries a valid key (<c>X-Api-Key</c> or <c>Authorization: Bearer</c>).</summary>
    public IResult? Refuse(HttpContext http) => _authorizer.Check(OperationType.Mutation, ApiKeyAuthorizer.KeyOf(http.Request)) switch
    {
        Access.Allowed => null,
        Access.NoKeysConfigured => Problem(403, "this needs an API key and none is configured (GraphQL:ApiKeys or GRAPH_API_KEYS)"),
        Access.KeyMissing => Problem(401, "an API key is needed (X-Api-Key or Authorization: Bearer)"),
        _ => Problem(401, "the API key is not valid"),
    };

    /// <summary>An error answer: <c>{"error": message}</c> with the status.</summary>
    public static IResult Problem(int status, string message) => Results.Json(new { error = message }, statusCode: status);
}
