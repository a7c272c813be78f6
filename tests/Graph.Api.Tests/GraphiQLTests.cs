using Graph.Api.Tests.Support;

namespace Graph.Api.Tests;

/// <summary>A browser opening /graphql gets GraphiQL, whose four browser files come from this server, not a CDN.</summary>
[Collection(SeededServerCollection.Name)]
public sealed class GraphiQLTests(SeededServer fixture)
{
    private readonly TestGraphServer server = fixture.Server;

    [Fact]
    public async Task A_browser_gets_the_GraphiQL_page_and_every_file_it_loads_is_served_locally()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, server.Endpoint);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var page = await server.Http.SendAsync(request);
        ((int)page.StatusCode).Should().Be(200, "GraphiQL's files are installed by scripts/setup.sh (npm ci) and copied at build");
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var html = await page.Content.ReadAsStringAsync();
        html.Should().Contain("GraphiQL.createFetcher").And.NotContain("https://").And.NotContain("unpkg").And.NotContain("jsdelivr");
        // Subscriptions go over WebSocket to the same path: the fetcher is given a ws: URL, and the bundle it comes
        // from carries a graphql-transport-ws client (checked on the served script below).
        html.Should().Contain("subscriptionUrl.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'").And.Contain("subscriptionUrl: subscriptionUrl.href");

        var sources = System.Text.RegularExpressions.Regex.Matches(html, "(?:src|href)=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        sources.Should().HaveCount(4);
        foreach (var source in sources)
        {
            using var asset = await server.Http.GetAsync(new Uri(server.Endpoint, source));
            ((int)asset.StatusCode).Should().Be(200, source);
            asset.Content.Headers.ContentType!.MediaType.Should().BeOneOf("text/javascript", "text/css");
            var body = await asset.Content.ReadAsStringAsync();
            body.Length.Should().BeGreaterThan(1000, source);
            if (source.EndsWith("graphiql.min.js", StringComparison.Ordinal)) body.Should().Contain("\"graphql-transport-ws\"", "the fetcher's WebSocket client speaks our subscription protocol");
        }
    }

    [Fact]
    public async Task Only_the_four_GraphiQL_files_can_be_fetched()
    {
        using var other = await server.Http.GetAsync(new Uri(server.Endpoint + "/graphiql/package.json"));
        ((int)other.StatusCode).Should().Be(404);
        using var escape = await server.Http.GetAsync(new Uri(server.Endpoint + "/graphiql/..%2F..%2Fgraph.dll"));
        ((int)escape.StatusCode).Should().Be(404);
    }
}
