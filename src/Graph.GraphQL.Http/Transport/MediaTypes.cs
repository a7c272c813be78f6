using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Graph.GraphQL.Http.Transport;

/// <summary>What a response can be sent as.</summary>
internal enum ResponseMediaType
{
    /// <summary>Nothing the client accepts is offered: 406.</summary>
    None,

    /// <summary><c>application/graphql-response+json</c>: status codes tell request errors (400) from executed operations (200).</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c> (legacy): every well-formed GraphQL response is 200.</summary>
    Json,

    /// <summary><c>text/html</c>: a browser; GraphiQL is served.</summary>
    Html,
}

/// <summary>
/// Accept negotiation as GraphQL over HTTP asks: no Accept header means application/json (the watershed rule);
/// wildcards pick application/json; the highest quality wins, earlier entries first on ties.
/// </summary>
internal static class MediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string Html = "text/html";

    public static ResponseMediaType Negotiate(StringValues acceptHeaders, bool htmlAllowed)
    {
        if (acceptHeaders.Count == 0 || acceptHeaders.All(string.IsNullOrWhiteSpace)) return ResponseMediaType.Json;
        // What API clients send most, a single exact media type, needs no header parsing.
        if (acceptHeaders.Count == 1)
        {
            switch (acceptHeaders[0])
            {
                case GraphQLResponseJson: return ResponseMediaType.GraphQLResponseJson;
                case Json: return ResponseMediaType.Json;
            }
        }
        if (!MediaTypeHeaderValue.TryParseList(acceptHeaders, out var accepted)) return ResponseMediaType.Json;

        var best = ResponseMediaType.None;
        double bestQuality = 0;
        foreach (var candidate in accepted)
        {
            var quality = candidate.Quality ?? 1.0;
            if (quality <= bestQuality) continue;
            var type = Match(candidate.MediaType.Value ?? "", htmlAllowed);
            if (type == ResponseMediaType.None) continue;
            best = type;
            bestQuality = quality;
        }
        return best;
    }

    private static ResponseMediaType Match(string mediaType, bool htmlAllowed) => mediaType.ToLowerInvariant() switch
    {
        GraphQLResponseJson => ResponseMediaType.GraphQLResponseJson,
        Json or "application/*" or "*/*" => ResponseMediaType.Json,
        Html when htmlAllowed => ResponseMediaType.Html,
        _ => ResponseMediaType.None,
    };

    public static string ContentType(ResponseMediaType type) => type switch
    {
        ResponseMediaType.GraphQLResponseJson => GraphQLResponseJson + "; charset=utf-8",
        ResponseMediaType.Html => Html + "; charset=utf-8",
        _ => Json + "; charset=utf-8",
    };
}
