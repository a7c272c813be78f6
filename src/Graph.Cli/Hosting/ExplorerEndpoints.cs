using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;

namespace Graph.Cli.Hosting;

/// <summary>
/// Serves the explorer page (web/explorer, built by Vite) at <c>/</c>: its files from the <c>explorer</c> folder beside
/// the program (the build copies web/explorer/dist there), or from <c>Explorer:Root</c> when configured. Hashed
/// assets are cached for a year; the page itself is revalidated every time, so a new build shows at once.
/// </summary>
public static class ExplorerEndpoints
{
    /// <summary>The folder beside the program that holds the built page.</summary>
    public const string FolderName = "explorer";

    private const string IndexFile = "index.html";

    /// <summary>Vite writes every asset under this folder with a content hash in its name.</summary>
    private const string HashedAssetsPrefix = "/assets/";

    /// <summary>Adds the page's static files and its routes; call after the GraphQL endpoint is mapped.</summary>
    public static WebApplication MapExplorer(this WebApplication app, string apiPath = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(app);
        var root = Path.GetFullPath(app.Configuration["Explorer:Root"] ?? Path.Combine(AppContext.BaseDirectory, FolderName));
        if (Directory.Exists(root))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(root),
                OnPrepareResponse = context => SetCacheHeaders(context.Context.Response, context.Context.Request.Path),
            });
        }

        // The page at "/" and at any other extensionless path (a shared link into the page still opens it), with the
        // lowest priority: only what no other endpoint or static file took, and never a path under the API.
        app.MapMethods("{*path:nonfile}", [HttpMethods.Get, HttpMethods.Head], (HttpContext context) =>
                context.Request.Path.StartsWithSegments(apiPath, StringComparison.OrdinalIgnoreCase) ? Results.NotFound() : new PageResult(root))
            .WithOrder(int.MaxValue);
        return app;
    }

    private static void SetCacheHeaders(HttpResponse response, PathString path)
    {
        response.Headers.CacheControl = path.StartsWithSegments(HashedAssetsPrefix.TrimEnd('/'), StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
    }

    private static async Task ServePageAsync(HttpContext context, string root)
    {
        var index = Path.Combine(root, IndexFile);
        context.Response.Headers.CacheControl = "no-cache";
        if (!File.Exists(index))
        {
            // The API works without the page; say what is missing and how to get it, rather than a bare 404.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                "<!doctype html><title>The explorer is not built</title><p>The explorer page is missing from "
                + WebUtility.HtmlEncode(root) + ". Run <code>scripts/setup.sh</code> (it builds web/explorer) and build again. "
                + "The GraphQL API works: <a href=\"/graphql\">/graphql</a>.</p>", context.RequestAborted).ConfigureAwait(false);
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.SendFileAsync(index, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The page as the answer of the fallback route.</summary>
    private sealed class PageResult(string root) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => ServePageAsync(httpContext, root);
    }
}
