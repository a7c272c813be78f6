using Graph.GraphQL.Execution;
using Graph.GraphQL.Http;
using Graph.GraphQL.Protection;
using Microsoft.Extensions.Configuration;

namespace Graph.Cli.Hosting;

/// <summary>
/// Reads the <c>GraphQL</c> configuration section (appsettings.json, <c>GraphQL__…</c> environment variables, --config):
/// <c>ApiKeys</c> (list; also <c>GRAPH_API_KEYS</c>, comma-separated), <c>RequireKeyForQueries</c>, <c>GraphiQL</c>,
/// <c>Introspection</c>, <c>ConnectionInitTimeoutSeconds</c>, <c>MaxDepth</c>, <c>MaxCost</c>, <c>ExecutionTimeoutSeconds</c>.
/// </summary>
internal static class GraphQLConfiguration
{
    public static GraphQLHttpOptions HttpOptions(IConfiguration configuration)
    {
        var section = configuration.GetSection("GraphQL");
        var keys = section.GetSection("ApiKeys").GetChildren().Select(c => c.Value).OfType<string>()
            .Concat((configuration["GRAPH_API_KEYS"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(k => k.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new GraphQLHttpOptions
        {
            ApiKeys = keys,
            RequireKeyForQueries = section.GetValue("RequireKeyForQueries", false),
            GraphiQL = section.GetValue("GraphiQL", true),
            ConnectionInitTimeout = TimeSpan.FromSeconds(section.GetValue("ConnectionInitTimeoutSeconds", 10.0)),
        };
    }

    public static GraphQLEngineOptions EngineOptions(IConfiguration configuration)
    {
        var section = configuration.GetSection("GraphQL");
        var defaults = new ProtectionOptions();
        var timeout = section.GetValue<double?>("ExecutionTimeoutSeconds");
        return new GraphQLEngineOptions
        {
            Protection = defaults with
            {
                IntrospectionEnabled = section.GetValue("Introspection", true),
                MaxDepth = section.GetValue("MaxDepth", defaults.MaxDepth),
                MaxCost = section.GetValue("MaxCost", defaults.MaxCost),
                ExecutionTimeout = timeout is { } seconds ? TimeSpan.FromSeconds(seconds) : defaults.ExecutionTimeout,
            },
        };
    }
}
