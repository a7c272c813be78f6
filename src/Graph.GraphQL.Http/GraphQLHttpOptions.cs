namespace Graph.GraphQL.Http;

/// <summary>How the GraphQL endpoint behaves: who may call it, whether GraphiQL is served, WebSocket timings.</summary>
public sealed record GraphQLHttpOptions
{
    /// <summary>API keys that may run mutations (and queries when <see cref="RequireKeyForQueries"/>). Empty: mutations are refused.</summary>
    public IReadOnlyList<string> ApiKeys { get; init; } = [];

    /// <summary>When true, queries and subscriptions need a key too; when false (the default) they are open.</summary>
    public bool RequireKeyForQueries { get; init; }

    /// <summary>Serve GraphiQL when a browser asks for the endpoint (Accept: text/html).</summary>
    public bool GraphiQL { get; init; } = true;

    /// <summary>Where GraphiQL's browser files are (react, react-dom, graphiql .js/.css); by default beside the assembly.</summary>
    public string GraphiQLAssetsPath { get; init; } = Path.Combine(AppContext.BaseDirectory, "graphiql");

    /// <summary>How long a WebSocket client has to send connection_init before it is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the server pings an idle WebSocket (null: never).</summary>
    public TimeSpan? KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(30);
}
