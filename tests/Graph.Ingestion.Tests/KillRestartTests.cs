using Graph.Ingestion.Tests.Support;

namespace Graph.Ingestion.Tests;

/// <summary>
/// Issue 5, item 9: the real server is SIGKILLed at random moments while it ingests a folder of 300 articles,
/// restarted, ten times over; then it runs to the end. The graph must equal that of one clean run: nothing lost,
/// nothing doubled.
/// </summary>
public sealed class KillRestartTests
{
    private const int Articles = 300;
    private const int Kills = 10;

    [Fact]
    public async Task Graph_after_ten_SIGKILLs_equals_the_graph_of_one_clean_run()
    {
        using var clean = new TestFolder();
        using var killed = new TestFolder();
        var cleanSnapshot = await CleanRunAsync(clean);

        var articles = killed.Sub("articles");
        Corpus.WriteBbc(articles, Articles);
        var config = killed.Config(new { Sources = new[] { new { Name = "corpus", Kind = "Folder", Path = articles } } });
        var random = new Random(20261122);
        var progress = new List<int>();
        for (var kill = 0; kill < Kills; kill++)
        {
            using var server = await ServerProcess.StartAsync(killed.Root, config);
            // Somewhere between "just listening" and "well into the folder" (models load in the first seconds).
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(500, 6_000)));
            var status = await server.StatusAsync();
            progress.Add(status.GetProperty("stats").GetProperty("articles").GetInt32());
            server.Kill();
        }

        using (var last = await ServerProcess.StartAsync(killed.Root, config))
        {
            await last.WaitIdleAsync(Articles, TimeSpan.FromMinutes(4));
            last.Kill();
        }

        var killedSnapshot = await GraphSnapshots.ReadAsync(killed.Database);
        progress.Should().Contain(n => n > 0 && n < Articles, "some kills must land in the middle of ingestion (articles stored at each kill: {0})", string.Join(", ", progress));
        killedSnapshot.Count(l => l.StartsWith("article ", StringComparison.Ordinal)).Should().Be(Articles);
        killedSnapshot.Should().Equal(cleanSnapshot);
    }

    private static async Task<IReadOnlyList<string>> CleanRunAsync(TestFolder folder)
    {
        var articles = folder.Sub("articles");
        Corpus.WriteBbc(articles, Articles);
        var config = folder.Config(new { Sources = new[] { new { Name = "corpus", Kind = "Folder", Path = articles } } });
        using (var server = await ServerProcess.StartAsync(folder.Root, config))
        {
            await server.WaitIdleAsync(Articles, TimeSpan.FromMinutes(4));
            server.Kill();
        }

        return await GraphSnapshots.ReadAsync(folder.Database);
    }
}
