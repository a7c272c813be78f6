using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Graph.Ingestion.Tests.Support;

namespace Graph.Ingestion.Tests;

/// <summary>
/// Sources added over HTTP while the server runs (<c>POST /sources</c>) are recorded in the queue file: a restart —
/// here a SIGKILL — reads them again; <c>DELETE /sources/{name}</c> stops and forgets one; configured ones stay put.
/// </summary>
public sealed class RuntimeSourceTests
{
    [Fact]
    public async Task A_source_added_at_run_time_outlives_a_kill_and_a_removed_one_is_gone_for_good()
    {
        using var folder = new TestFolder();
        var desk = folder.Sub("desk");
        var wire = folder.Sub("wire");
        Corpus.WriteBbc(wire, 4);
        var written = Directory.EnumerateFiles(wire).Order(StringComparer.Ordinal).ToList();
        File.Move(written[0], Path.Combine(desk, Path.GetFileName(written[0])));
        File.Move(written[^1], Path.Combine(folder.Root, "later.txt"));
        var config = folder.Config(new { Sources = new object[] { new { Name = "desk", Kind = "Folder", Path = desk } } });

        using (var first = await ServerProcess.StartAsync(folder.Root, config))
        {
            await first.WaitIdleAsync(1, TimeSpan.FromMinutes(2));
            var source = new { name = "wire", kind = "folder", location = wire };
            (await first.Http.PostAsJsonAsync(new Uri(first.BaseUri, "/sources"), source)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "managing sources needs the API key");

            using var added = await Send(first, HttpMethod.Post, "/sources", source);
            added.StatusCode.Should().Be(HttpStatusCode.Created);
            (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("queued").GetInt32().Should().Be(2);
            using (var again = await Send(first, HttpMethod.Post, "/sources", source with { name = "WIRE" }))
            {
                again.StatusCode.Should().Be(HttpStatusCode.Conflict, "names compare ignoring case");
                (await again.Content.ReadAsStringAsync()).Should().Contain("'WIRE'").And.Contain("is already a source");
            }

            using (var configured = await Send(first, HttpMethod.Post, "/sources", source with { name = "desk" }))
            {
                configured.StatusCode.Should().Be(HttpStatusCode.Conflict);
            }

            using (var bad = await Send(first, HttpMethod.Post, "/sources", new { name = "gone", kind = "folder", location = Path.Combine(folder.Root, "no-such-folder") }))
            {
                bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
                (await bad.Content.ReadAsStringAsync()).Should().Contain("no-such-folder");
            }

            await first.WaitIdleAsync(3, TimeSpan.FromMinutes(2));
            (await Listed(first)).Should().BeEquivalentTo(["desk configuration", "wire runtime"]);
            first.Kill();
        }

        // While the server is down, the run-time source gains an article: the restarted server must still read it.
        File.Move(Path.Combine(folder.Root, "later.txt"), Path.Combine(wire, "later.txt"));
        using (var second = await ServerProcess.StartAsync(folder.Root, config))
        {
            await second.WaitIdleAsync(4, TimeSpan.FromMinutes(2));
            (await Listed(second)).Should().BeEquivalentTo(["desk configuration", "wire runtime"]);

            using (var configured = await Send(second, HttpMethod.Delete, "/sources/desk"))
            {
                configured.StatusCode.Should().Be(HttpStatusCode.Conflict);
                (await configured.Content.ReadAsStringAsync()).Should().Contain("comes from configuration");
            }

            (await Send(second, HttpMethod.Delete, "/sources/Wire")).StatusCode.Should().Be(HttpStatusCode.NoContent);
            (await Send(second, HttpMethod.Delete, "/sources/wire")).StatusCode.Should().Be(HttpStatusCode.NotFound);
            (await Listed(second)).Should().BeEquivalentTo(["desk configuration"]);
            second.Kill();
        }

        // Removed for good: a new file in its folder is not read after the next start, and what it brought stays.
        Corpus.WriteBbc(folder.Sub("more"), 5);
        File.Copy(Directory.EnumerateFiles(Path.Combine(folder.Root, "more")).Order(StringComparer.Ordinal).Last(), Path.Combine(wire, "newest.txt"));
        using var third = await ServerProcess.StartAsync(folder.Root, config);
        var status = await third.WaitIdleAsync(4, TimeSpan.FromMinutes(2));
        await Task.Delay(TimeSpan.FromSeconds(2));
        (await Listed(third)).Should().BeEquivalentTo(["desk configuration"]);
        (await third.StatusAsync()).GetProperty("stats").GetProperty("articles").GetInt32().Should().Be(4, "the removed source's articles stay and its new file is not read");
        status.GetProperty("ingestionStatus").GetProperty("pending").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task A_source_added_to_a_standby_process_is_watched_by_the_worker_and_removed_there_when_the_standby_removes_it()
    {
        using var folder = new TestFolder();
        var wire = folder.Sub("wire");
        var later = folder.Sub("later");
        Corpus.WriteBbc(later, 3);
        var files = Directory.EnumerateFiles(later).Order(StringComparer.Ordinal).ToList();
        File.Move(files[0], Path.Combine(wire, Path.GetFileName(files[0])));
        var config = folder.Config(new { RuntimeSourceSyncSeconds = 1 });

        using var worker = await ServerProcess.StartAsync(folder.Root, config);
        await worker.WaitIdleAsync(0, TimeSpan.FromMinutes(1));
        using var standby = await ServerProcess.StartAsync(folder.Root, config);
        (await standby.QueryAsync("{ ingestionStatus { state } }")).GetProperty("ingestionStatus").GetProperty("state").GetString().Should().Be("standby");

        using (var added = await Send(standby, HttpMethod.Post, "/sources", new { name = "wire", kind = "folder", location = wire }))
        {
            added.StatusCode.Should().Be(HttpStatusCode.Created);
            (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("queued").GetInt32().Should().Be(1, "the standby scans it once");
        }

        await worker.WaitForArticlesAsync(1, TimeSpan.FromMinutes(1));
        (await Eventually(async () => (await Listed(worker)).SequenceEqual(["wire runtime"]))).Should().BeTrue("the worker starts the source the standby recorded");
        (await Listed(standby)).Should().BeEmpty("a standby runs no source");

        // Watched by the worker: a file dropped in now is read without any rescan being asked for.
        File.Move(files[1], Path.Combine(wire, Path.GetFileName(files[1])));
        await worker.WaitForArticlesAsync(2, TimeSpan.FromMinutes(1));

        (await Send(standby, HttpMethod.Delete, "/sources/wire")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Send(standby, HttpMethod.Delete, "/sources/wire")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Eventually(async () => (await Listed(worker)).Count == 0)).Should().BeTrue("the worker stops a source the standby removed");
        File.Move(files[2], Path.Combine(wire, Path.GetFileName(files[2])));
        await Task.Delay(TimeSpan.FromSeconds(3));
        (await worker.StatusAsync()).GetProperty("stats").GetProperty("articles").GetInt32().Should().Be(2, "a removed source is no longer watched");
    }

    // Polls for up to 30 seconds: what another process does shows after the worker's next sync.
    private static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(30)) return false;
            await Task.Delay(250);
        }

        return true;
    }

    private static async Task<HttpResponseMessage> Send(ServerProcess server, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(server.BaseUri, path));
        request.Headers.Add("X-Api-Key", ServerProcess.ApiKey);
        if (body is not null) request.Content = JsonContent.Create(body);
        return await server.Http.SendAsync(request);
    }

    private static async Task<List<string>> Listed(ServerProcess server)
    {
        using var response = await Send(server, HttpMethod.Get, "/sources");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var sources = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. sources.EnumerateArray().Select(s => $"{s.GetProperty("name").GetString()} {s.GetProperty("origin").GetString()}")];
    }
}
