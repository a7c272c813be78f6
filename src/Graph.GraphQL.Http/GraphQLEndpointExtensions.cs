using Graph.GraphQL.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.GraphQL.Http;

/// <summary>Maps a GraphQL endpoint (HTTP, GraphiQL, graphql-transport-ws) into an ASP.NET Core application.</summary>
public static class GraphQLEndpointExtensions
{
    /// <summary>
    /// Serves the <see cref="GraphQLEngine"/> registered in the services at <paramref name="pattern"/>, with the
    /// registered <see cref="GraphQLHttpOptions"/> (defaults when none). Subscriptions need <c>app.UseWebSockets()</c> first.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.MapGraphQL(
            pattern,
            endpoints.ServiceProvider.GetRequiredService<GraphQLEngine>(),
            endpoints.ServiceProvider.GetService<GraphQLHttpOptions>() ?? new GraphQLHttpOptions());

    /// <summary>Serves <paramref name="engine"/> at <paramref name="pattern"/> with <paramref name="options"/>.</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern, GraphQLEngine engine, GraphQLHttpOptions options)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(options);
        var path = "/" + pattern.Trim('/');
        var endpoint = new GraphQLHttpEndpoint(engine, options, path);
        endpoints.Map(path + "/graphiql/{file}", (HttpContext context, string file) => endpoint.GraphiQL.WriteAssetAsync(context, file));
        return endpoints.Map(path, endpoint.HandleAsync);
    }
}
