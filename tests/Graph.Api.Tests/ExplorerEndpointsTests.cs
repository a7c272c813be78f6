using System.Net;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests;

/// <summary>
/// The explorer page at <c>/</c> of the real server (it replaced the old redirect to /graphql): served from its folder
/// (here a folder the test writes, named by <c>Explorer:Root</c>), hashed assets cached, the page revalidated, API
/// paths left to the API, and a clear answer when the page was never built.
/// </summary>
public sealed class ExplorerEndpointsTests : IDisposable
{
    private const string Page = "<!doctype html><title>Explorer under test</title><script src=\"/assets/index-abc123.js\"></script>";
    private readonly string _root = Directory.CreateTempSubdirectory("graph-explorer-root-").FullName;
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });

    public ExplorerEndpointsTests()
    {
        File.WriteAllText(Path.Combine(_root, "index.html"), Page);
        Directory.CreateDirectory(Path.Combine(_root, "assets"));
        File.WriteAllText(Path.Combine(_root, "assets", "index-abc123.js"), "console.log('explorer');");
    }

    public void Dispose()
    {
        _http.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task The_root_serves_the_page_revalidated_and_its_hashed_assets_cached_for_a_year()
    {
        await using var server = await TestGraphServer.StartAsync(new Dictionary<string, string?> { ["Explorer:Root"] = _root });

        using var page = await _http.GetAsync(new Uri(server.Endpoint, "/"));
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        page.Headers.CacheControl!.NoCache.Should().BeTrue();
        (await page.Content.ReadAsStringAsync()).Should().Be(Page);

        using var asset = await _http.GetAsync(new Uri(server.Endpoint, "/assets/index-abc123.js"));
        asset.StatusCode.Should().Be(HttpStatusCode.OK);
        asset.Headers.CacheControl!.ToString().Should().Contain("max-age=31536000").And.Contain("immutable");
    }

    [Fact]
    public async Task Other_extensionless_paths_answer_the_page_but_API_paths_and_missing_files_do_not()
    {
        await using var server = await TestGraphServer.StartAsync(new Dictionary<string, string?> { ["Explorer:Root"] = _root });

        using var deepLink = await _http.GetAsync(new Uri(server.Endpoint, "/a/shared/view?entity=x"));
        deepLink.StatusCode.Should().Be(HttpStatusCode.OK);
        (await deepLink.Content.ReadAsStringAsync()).Should().Be(Page);

        using var underApi = await _http.GetAsync(new Uri(server.Endpoint, "/graphql/not-here"));
        underApi.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var missingFile = await _http.GetAsync(new Uri(server.Endpoint, "/assets/gone-123.js"));
        missingFile.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var post = await _http.PostAsync(new Uri(server.Endpoint, "/"), new StringContent("{}"));
        post.StatusCode.Should().NotBe(HttpStatusCode.OK, "only GET and HEAD answer the page");

        var api = await server.PostAsync("{ __typename }");
        api.Status.Should().Be(200);
    }

    [Fact]
    public async Task Without_a_built_page_the_root_says_how_to_build_it_and_the_API_still_works()
    {
        var missing = Path.Combine(_root, "not-built");
        await using var server = await TestGraphServer.StartAsync(new Dictionary<string, string?> { ["Explorer:Root"] = missing });

        using var page = await _http.GetAsync(new Uri(server.Endpoint, "/"));
        page.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var text = await page.Content.ReadAsStringAsync();
        text.Should().Contain("scripts/setup.sh").And.Contain(missing);

        var api = await server.PostAsync("{ __typename }");
        api.Status.Should().Be(200);
    }
}
