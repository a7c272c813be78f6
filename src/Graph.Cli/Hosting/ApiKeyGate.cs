using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Graph.Cli.Hosting;

/// <summary>
/// The API key check of the plain HTTP endpoints that change or reveal the ingestion set-up (<c>/articles</c>,
/// <c>/sources</c>): the same keys as GraphQL mutations, compared as SHA-256 digests in constant time.
/// </summary>
internal sealed class ApiKeyGate(IEnumerable<string> keys)
{
    private readonly List<byte[]> _digests = [.. keys.Select(k => SHA256.HashData(Encoding.UTF8.GetBytes(k)))];

    /// <summary>The refusal to send, or null when the request carries a valid key (<c>X-Api-Key</c> or <c>Authorization: Bearer</c>).</summary>
    public IResult? Refuse(HttpContext http)
    {
        var presented = http.Request.Headers["X-Api-Key"].FirstOrDefault()
            ?? (http.Request.Headers.Authorization.FirstOrDefault() is { } auth && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? auth[7..].Trim() : null);
        if (_digests.Count == 0) return Problem(403, "this needs an API key and none is configured (GraphQL:ApiKeys or GRAPH_API_KEYS)");
        if (presented is null) return Problem(401, "an API key is needed (X-Api-Key or Authorization: Bearer)");
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var known = false;
        foreach (var key in _digests) known |= CryptographicOperations.FixedTimeEquals(key, digest);
        return known ? null : Problem(401, "the API key is not valid");
    }

    /// <summary>An error answer: <c>{"error": message}</c> with the status.</summary>
    public static IResult Problem(int status, string message) => Results.Json(new { error = message }, statusCode: status);
}
