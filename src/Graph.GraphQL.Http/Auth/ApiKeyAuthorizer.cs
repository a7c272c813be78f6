using System.Security.Cryptography;
using System.Text;
using Graph.GraphQL.Language.Ast;
using Microsoft.AspNetCore.Http;

namespace Graph.GraphQL.Http.Auth;

/// <summary>Whether a caller may run an operation.</summary>
public enum Access
{
    Allowed,

    /// <summary>A key is needed and none was given: 401.</summary>
    KeyMissing,

    /// <summary>A key was given that is not one of the configured keys: 401.</summary>
    KeyInvalid,

    /// <summary>Mutations need a key and the server has none configured: 403.</summary>
    NoKeysConfigured,
}

/// <summary>
/// API keys from configuration, read from <c>X-Api-Key</c> or <c>Authorization: Bearer</c>. Mutations always need a
/// key; queries and subscriptions only when configured so. Keys are compared by their SHA-256 digests with
/// <see cref="CryptographicOperations.FixedTimeEquals"/>, so neither the content nor the length of a key leaks through timing.
/// </summary>
public sealed class ApiKeyAuthorizer
{
    private readonly byte[][] _keyDigests;
    private readonly bool _requireKeyForQueries;

    public ApiKeyAuthorizer(GraphQLHttpOptions options)
    {
        _keyDigests = [.. options.ApiKeys.Where(k => !string.IsNullOrEmpty(k)).Select(Digest)];
        _requireKeyForQueries = options.RequireKeyForQueries;
    }

    /// <summary>Whether anything at all needs a key before it runs (then a connection must show one up front).</summary>
    public bool QueriesNeedKey => _requireKeyForQueries;

    public Access Check(OperationType? operation, string? presentedKey)
    {
        // An operation whose kind is unknown will not run (the engine refuses it), so it needs no key beyond the query rule.
        var needsKey = operation == OperationType.Mutation || _requireKeyForQueries;
        if (!needsKey) return Access.Allowed;
        if (_keyDigests.Length == 0) return operation == OperationType.Mutation ? Access.NoKeysConfigured : Access.KeyInvalid;
        if (string.IsNullOrEmpty(presentedKey)) return Access.KeyMissing;
        return IsKnown(presentedKey) ? Access.Allowed : Access.KeyInvalid;
    }

    public bool IsKnown(string presentedKey)
    {
        var digest = Digest(presentedKey);
        var found = false;
        // Compare against every key without stopping early: the time taken does not say which key matched.
        foreach (var key in _keyDigests) found |= CryptographicOperations.FixedTimeEquals(key, digest);
        return found;
    }

    /// <summary>The key a request presents: <c>X-Api-Key</c>, else an <c>Authorization: Bearer</c> token.</summary>
    public static string? KeyOf(HttpRequest request)
    {
        var header = request.Headers["X-Api-Key"].ToString();
        if (!string.IsNullOrEmpty(header)) return header.Trim();
        var authorization = request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        return authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) ? authorization[Bearer.Length..].Trim() : null;
    }

    public static string Describe(Access access) => access switch
    {
        Access.KeyMissing => "This operation needs an API key: send it in the X-Api-Key header or as Authorization: Bearer <key>.",
        Access.KeyInvalid => "The API key is not valid.",
        Access.NoKeysConfigured => "Mutations need an API key, and this server has none configured.",
        _ => "Allowed.",
    };

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
