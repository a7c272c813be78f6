using System.Net.Http.Json;
using System.Text.Json;
using Graph.Ingestion.Tests.Support;

namespace Graph.Ingestion.Tests;

/// <summary>
/// <c>ingestArticle(url:)</c> without text: the real server fetches the page through its queue (as a URL source does),
/// extracts its main text and answers with the facts; a bad address is a clear error and stores nothing.
/// </summary>
public sealed class IngestArticleUrlTests
{
    private const string Mutation = "mutation($url: String!) { ingestArticle(url: $url) { outcome article { key url title } entities { name } } }";

    [Fact]
    public async Task The_mutation_fetches_a_url_given_without_text_and_refuses_a_bad_one()
    {
        using var folder = new TestFolder();
        await using var site = await TestWebSite.StartAsync();
        var config = folder.Config(new { Sources = new[] { new { Name = "inbox", Kind = "Folder", Path = folder.Sub("inbox") } } });
        using var server = await ServerProcess.StartAsync(folder.Root, config);
        var page = site.At("/page/7").ToString();

        var ingested = (await MutateAsync(server, page)).GetProperty("data").GetProperty("ingestArticle");
        ingested.GetProperty("outcome").GetString().Should().Be("ADDED");
        ingested.GetProperty("article").GetProperty("key").GetString().Should().Be(page);
        ingested.GetProperty("article").GetProperty("url").GetString().Should().Be(page);
        ingested.GetProperty("article").GetProperty("title").GetString().Should().Be("Council vote 7");
        ingested.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()).Should().Contain("Alma Berg", "the facts come from the fetched page's main text");

        var refused = await MutateAsync(server, "ftp://example.org/article");
        refused.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("absolute http or https address");
        (await server.QueryAsync("{ stats { articles } }")).GetProperty("stats").GetProperty("articles").GetInt32().Should().Be(1);
    }

    private static async Task<JsonElement> MutateAsync(ServerProcess server, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.BaseUri, "/graphql"))
        {
            Content = JsonContent.Create(new { query = Mutation, variables = new { url } }),
        };
        request.Headers.Add("X-Api-Key", ServerProcess.ApiKey);
        using var response = await server.Http.SendAsync(request);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
