using System.Net;
using System.Text;
using Graph.Ingestion.Tests.Support;

namespace Graph.Ingestion.Tests;

/// <summary>
/// Issue 5, item 9: a corpus of bad inputs — empty, binary, 50 MB, invalid UTF-8, all-script HTML, malformed feed XML,
/// a feed of 10,000 items, a URL that never answers, a redirect loop, duplicate ids — next to good ones, through the
/// real server. Each bad one ends as a clear dead letter or a skip; the server stays up; the good ones are ingested.
/// </summary>
public sealed class BadInputTests
{
    [Fact]
    public async Task Every_bad_input_is_a_clear_dead_letter_or_a_skip_and_the_good_ones_are_ingested()
    {
        using var folder = new TestFolder();
        await using var site = await TestWebSite.StartAsync();
        var inbox = folder.Sub("inbox");
        File.WriteAllText(Path.Combine(inbox, "good-1.txt"), "title: Port strike ends\n\nDock workers in Harlow ended their strike on Monday. Union leader Petra Lind praised the agreement with the Harlow Port Company.\n");
        File.WriteAllText(Path.Combine(inbox, "good-2.md"), "# Minister visits flood area\n\nEnvironment minister Omar Reyes visited the flooded town of Brill on Tuesday and met local farmers.\n");
        File.WriteAllBytes(Path.Combine(inbox, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(inbox, "binary.txt"), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256))]);
        using (var big = File.Create(Path.Combine(inbox, "big.txt")))
        {
            big.SetLength(50L * 1024 * 1024);
        }

        // Not UTF-8 (a lone 0xE9): read as Windows-1252 text, so it is ingested, not refused.
        File.WriteAllBytes(Path.Combine(inbox, "latin1.txt"), [.. Encoding.ASCII.GetBytes("title: Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" owner wins award\n\nThe owner Rosa Marin won a regional award on Friday, the Kelby Chamber of Commerce said.\n")]);
        File.WriteAllText(Path.Combine(inbox, "script.html"), "<!doctype html><html><head><script>var a = 1;</script></head><body><script>document.write('x');</script></body></html>");
        File.WriteAllText(Path.Combine(inbox, "dup.txt"), "title: Bridge reopens\n\nThe Arden bridge reopened on Sunday after repairs, the Arden Roads Office said.\n");
        File.WriteAllText(Path.Combine(inbox, "dup.md"), "# Another article with the same id\n\nThe mayor of Tolson opened a library.\n");
        var config = folder.Config(new
        {
            FetchTimeoutSeconds = 2,
            FetchRetries = 1,
            MaxAttempts = 2,
            RetryBaseDelaySeconds = 1,
            MaxFeedItems = 5,
            Sources = new object[]
            {
                new { Name = "inbox", Kind = "Folder", Path = inbox },
                new { Name = "page", Kind = "Url", Url = site.At("/page/1").ToString() },
                new { Name = "never", Kind = "Url", Url = site.At("/never").ToString() },
                new { Name = "loop", Kind = "Url", Url = site.At("/loop/a").ToString() },
                new { Name = "good-feed", Kind = "Feed", Url = site.At("/feed/good.xml").ToString() },
                new { Name = "huge-feed", Kind = "Feed", Url = site.At("/feed/huge.xml").ToString() },
                new { Name = "bad-feed", Kind = "Feed", Url = site.At("/feed/malformed.xml").ToString() },
            },
        });

        using var server = await ServerProcess.StartAsync(folder.Root, config);
        // good-1, good-2, latin1, dup, page 1, three entries of the good feed, five of the huge one.
        const int good = 13;
        await server.WaitIdleAsync(good, TimeSpan.FromMinutes(3));

        var dead = (await server.QueryAsync("{ deadLetters(first: 100) { id source articleId error attempts } }")).GetProperty("deadLetters")
            .EnumerateArray().Select(d => $"{d.GetProperty("articleId").GetString()}: {d.GetProperty("error").GetString()}").ToList();
        dead.Should().ContainSingle(e => e.StartsWith("empty:", StringComparison.Ordinal) && e.Contains("is empty (0 bytes)", StringComparison.Ordinal));
        dead.Should().ContainSingle(e => e.StartsWith("binary:", StringComparison.Ordinal) && e.Contains("binary", StringComparison.Ordinal));
        dead.Should().ContainSingle(e => e.StartsWith("big:", StringComparison.Ordinal) && e.Contains("larger than", StringComparison.Ordinal) && e.Contains("Ingestion:MaxArticleBytes", StringComparison.Ordinal));
        dead.Should().ContainSingle(e => e.StartsWith("script:", StringComparison.Ordinal) && e.Contains("no article text", StringComparison.Ordinal));
        dead.Should().ContainSingle(e => e.StartsWith("dup:", StringComparison.Ordinal) && e.Contains("duplicate article id 'dup'", StringComparison.Ordinal));
        dead.Should().ContainSingle(e => e.Contains("/never", StringComparison.Ordinal) && e.Contains("no answer within 2 s", StringComparison.Ordinal));
        dead.Should().ContainSingle(e => e.Contains("/loop/a", StringComparison.Ordinal) && e.Contains("redirect loop", StringComparison.Ordinal));
        dead.Should().ContainSingle(e => e.Contains("malformed.xml", StringComparison.Ordinal) && e.Contains("malformed feed XML", StringComparison.Ordinal));
        dead.Should().HaveCount(8, "exactly the bad inputs are dead:\n" + string.Join("\n", dead));

        var articles = (await server.QueryAsync("{ articles(first: 100) { edges { node { key } } } }")).GetProperty("articles").GetProperty("edges")
            .EnumerateArray().Select(e => e.GetProperty("node").GetProperty("key").GetString()!).ToList();
        articles.Should().Contain(["good-1", "good-2", "latin1", "dup", site.At("/page/1").ToString(), site.At("/page/1000").ToString(), site.At("/page/2004").ToString()]);
        articles.Should().NotContain(site.At("/page/2005").ToString(), "the huge feed is capped at Ingestion:MaxFeedItems");

        // Still up, and still taking good articles: one posted, one through the mutation, one bad JSON posted.
        (await server.Http.GetAsync(new Uri(server.BaseUri, "/health/live"))).StatusCode.Should().Be(HttpStatusCode.OK);
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(server.BaseUri, "/articles?id=posted-1&wait=true"))
        {
            Content = new StringContent("The Orland Rail Company hired the engineer Nia Cole on Monday.", Encoding.UTF8, "text/plain"),
        };
        post.Headers.Add("X-Api-Key", ServerProcess.ApiKey);
        var posted = await server.Http.SendAsync(post);
        var postedBody = await posted.Content.ReadAsStringAsync();
        posted.StatusCode.Should().Be(HttpStatusCode.OK, postedBody);
        postedBody.Should().Contain("\"articleId\":\"posted-1\"").And.Contain("\"outcome\":\"added\"");
        using var badJson = new HttpRequestMessage(HttpMethod.Post, new Uri(server.BaseUri, "/articles?id=bad-json&wait=true"))
        {
            Content = new StringContent("{\"title\": \"unterminated", Encoding.UTF8, "application/json"),
        };
        badJson.Headers.Add("X-Api-Key", ServerProcess.ApiKey);
        var refused = await server.Http.SendAsync(badJson);
        refused.StatusCode.Should().Be((HttpStatusCode)422);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("bad-json: is not valid JSON");
        var ready = await server.Http.GetAsync(new Uri(server.BaseUri, "/health/ready"));
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).Should().StartWith("ready: store answers");
        var metrics = await server.Http.GetStringAsync(new Uri(server.BaseUri, "/metrics"));
        metrics.Should().Contain("graph_ingestion_items_total{outcome=\"dead\"}").And.Contain("graph_ingestion_queue_depth 0").And.Contain("graph_ingestion_extraction_seconds_bucket{le=\"+Inf\"}");
    }
}
