using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Ingestion.Tests.Support;

/// <summary>
/// A real HTTP server on a loopback port, in the test process, serving what the bad-input corpus needs: good pages, a
/// good feed, a malformed feed, a feed of 10,000 items, a URL that never answers, and a redirect loop.
/// </summary>
internal sealed class TestWebSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestWebSite(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public Uri At(string path) => new(BaseUri, path);

    public static async Task<TestWebSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/page/{n:int}", (int n) => Results.Content(Page(n), "text/html; charset=utf-8"));
        app.MapGet("/feed/good.xml", (HttpContext http) => Results.Content(Rss(3, 1000).Replace("{BASE}", Base(http), StringComparison.Ordinal), "application/rss+xml"));
        app.MapGet("/feed/huge.xml", (HttpContext http) => Results.Content(Rss(10_000, 2000).Replace("{BASE}", Base(http), StringComparison.Ordinal), "application/rss+xml"));
        app.MapGet("/feed/malformed.xml", () => Results.Content("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>Broken</title><link>http://x/</link></channel></rss>", "application/rss+xml"));
        app.MapGet("/never", async (HttpContext http) => await Task.Delay(Timeout.Infinite, http.RequestAborted));
        app.MapGet("/loop/a", () => Results.Redirect("/loop/b"));
        app.MapGet("/loop/b", () => Results.Redirect("/loop/a"));
        await app.StartAsync();
        var site = new TestWebSite(app);
        site.BaseUri = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return site;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string Base(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";

    private static string Page(int n) => string.Create(CultureInfo.InvariantCulture, $"""
        <!doctype html><html><head><title>Council vote {n}</title></head><body><article>
        <h1>Council vote {n}</h1>
        <p>The Fenwick Town Council approved budget number {n} on Monday after a long debate.</p>
        <p>Mayor Alma Berg praised the council. Councillor Jon Tate criticized the mayor and said the budget was too small.</p>
        </article></body></html>
        """);

    private static string Rss(int items, int firstPage)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Test feed</title>");
        for (var i = 0; i < items; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"<item><title>Item {i}</title><link>{{BASE}}/page/{firstPage + i}</link><guid>item-{firstPage + i}</guid><description>Short summary {i}.</description></item>");
        }

        return text.Append("</channel></rss>").ToString();
    }
}
