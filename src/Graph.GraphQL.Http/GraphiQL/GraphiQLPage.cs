using System.Net;
using Microsoft.AspNetCore.Http;

namespace Graph.GraphQL.Http.GraphiQL;

/// <summary>
/// GraphiQL for a browser that opens the endpoint: one HTML page, and the four browser files it loads (React 18,
/// ReactDOM 18, GraphiQL's script and style) served from local disk — never from a CDN.
/// </summary>
internal sealed class GraphiQLPage(string endpointPath, string assetsPath)
{
    /// <summary>The only files served, with their content types: nothing else under the assets folder is reachable.</summary>
    private static readonly Dictionary<string, string> Assets = new(StringComparer.Ordinal)
    {
        ["react.production.min.js"] = "text/javascript; charset=utf-8",
        ["react-dom.production.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.css"] = "text/css; charset=utf-8",
    };

    /// <summary>Whether every browser file is present (they come from npm during set-up).</summary>
    public bool AssetsInstalled => Assets.Keys.All(name => File.Exists(Path.Combine(assetsPath, name)));

    public async Task WritePageAsync(HttpContext context)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        if (!AssetsInstalled)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await context.Response.WriteAsync(
                "<!doctype html><title>GraphiQL is not installed</title><p>GraphiQL's browser files are missing from "
                + WebUtility.HtmlEncode(assetsPath) + ". Run <code>scripts/setup.sh</code> and build again. The GraphQL endpoint itself works: POST queries to "
                + WebUtility.HtmlEncode(endpointPath) + ".</p>", context.RequestAborted).ConfigureAwait(false);
            return;
        }
        await context.Response.WriteAsync(Html(context.Request.PathBase + endpointPath), context.RequestAborted).ConfigureAwait(false);
    }

    public async Task WriteAssetAsync(HttpContext context, string file)
    {
        var path = Path.Combine(assetsPath, file);
        if (!Assets.TryGetValue(file, out var contentType) || !File.Exists(path))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        context.Response.ContentType = contentType;
        context.Response.Headers.CacheControl = "public, max-age=86400";
        await context.Response.SendFileAsync(path, context.RequestAborted).ConfigureAwait(false);
    }

    private static string Html(string endpoint)
    {
        var encoded = WebUtility.HtmlEncode(endpoint);
        var json = System.Text.Json.JsonSerializer.Serialize(endpoint);
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Graph · GraphiQL</title>
              <link rel="stylesheet" href="{{encoded}}/graphiql/graphiql.min.css">
              <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
            </head>
            <body>
              <div id="graphiql">Loading GraphiQL…</div>
              <script src="{{encoded}}/graphiql/react.production.min.js"></script>
              <script src="{{encoded}}/graphiql/react-dom.production.min.js"></script>
              <script src="{{encoded}}/graphiql/graphiql.min.js"></script>
              <script>
                // Mutations need an API key: put {"X-Api-Key": "..."} in the Headers tab (subscriptions send the same
                // headers as their connection_init payload). Subscriptions use graphql-transport-ws on the same path.
                const url = new URL({{json}}, location.href);
                const subscriptionUrl = new URL(url);
                subscriptionUrl.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
                const fetcher = GraphiQL.createFetcher({ url: url.href, subscriptionUrl: subscriptionUrl.href });
                ReactDOM.createRoot(document.getElementById('graphiql'))
                  .render(React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true }));
              </script>
            </body>
            </html>
            """;
    }
}
