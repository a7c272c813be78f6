using System.Diagnostics;
using Graph.Ingestion.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Graph.Ingestion.Tests;

/// <summary>
/// Issue 5, item 9: the real server is SIGKILLed at random moments while it ingests a folder of 300 articles,
/// restarted, ten times over; then it runs to the end. The graph must equal that of one clean run: nothing lost,
/// nothing doubled.
/// </summary>
public sealed class KillRestartTests
{
    private const int Articles = 300;

    // Long enough that ingesting the corpus takes seconds even with session 3's faster extraction: at 500 characters
    // a quiet machine stored all 300 articles before the first progress poll could time a kill. (At 2,000 the corpus
    // also holds an acronym whose two articles resolve differently by arrival order; the engine writes in claim
    // order, so a killed run matches a clean one.)
    private const int ArticleChars = 2_000;
    private const int Kills = 10;

    [Fact]
    public async Task Graph_after_ten_SIGKILLs_equals_the_graph_of_one_clean_run()
    {
        using var clean = new TestFolder();
        using var killed = new TestFolder();
        var cleanSnapshot = await CleanRunAsync(clean);

        var articles = killed.Sub("articles");
        Corpus.WriteBbc(articles, Articles, maxChars: ArticleChars);
        // Small write batches: many commits, so kills land between and inside them.
        var config = killed.Config(new { WriteBatchSize = 8, Sources = new[] { new { Name = "corpus", Kind = "Folder", Path = articles } } });
        var random = new Random(20261122);
        var progress = new List<int>();
        var stored = 0;
        for (var kill = 0; kill < Kills; kill++)
        {
            using var server = await ServerProcess.StartAsync(killed.Root, config);
            if (kill % 2 == 0 && stored < Articles)
            {
                // Mid-write: once this run has got a random way into what is left (at most a quarter of it, so a fast
                // machine cannot finish the corpus before the kill), a moment later. Timed by progress, not by the
                // clock, so the kill lands mid-ingestion on a quiet machine and on a loaded one alike. Progress is read
                // from the database file, not asked of the server over GraphQL: once (CI, 2026-11-22) even the first
                // kill found all 300 articles stored, which a poll answered in time cannot give; a server busy
                // ingesting may answer late, a file read does not wait for it.
                var target = stored + 1 + random.Next(0, Math.Max(1, (Articles - stored) / 4));
                stored = await WaitForStoredArticlesAsync(killed.Database, target, TimeSpan.FromMinutes(3));
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, 50)));
            }
            else
            {
                // Anywhere: while it scans, loads its models, extracts or writes.
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(200, 3_000)));
            }

            server.Kill();
            stored = await StoredArticlesAsync(killed.Database);
            progress.Add(stored);
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

    /// <summary>Polls the file's article count every 10 ms (read-only, beside the server's writer) until it reaches <paramref name="articles"/>.</summary>
    private static async Task<int> WaitForStoredArticlesAsync(string database, int articles, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (File.Exists(database))
            {
                try
                {
                    await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
                    await connection.OpenAsync();
                    await using var command = connection.CreateCommand();
                    command.CommandText = "SELECT count(*) FROM article";
                    var count = Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
                    if (count >= articles)
                    {
                        return count;
                    }
                }
                catch (SqliteException)
                {
                    // Not migrated yet (no article table), or busy for a moment: ask again.
                }
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"fewer than {articles} articles in {database} within {timeout}");
    }

    private static async Task<int> StoredArticlesAsync(string database) =>
        (await GraphSnapshots.ReadAsync(database)).Count(l => l.StartsWith("article ", StringComparison.Ordinal));

    private static async Task<IReadOnlyList<string>> CleanRunAsync(TestFolder folder)
    {
        var articles = folder.Sub("articles");
        Corpus.WriteBbc(articles, Articles, maxChars: ArticleChars);
        var config = folder.Config(new { WriteBatchSize = 8, Sources = new[] { new { Name = "corpus", Kind = "Folder", Path = articles } } });
        using (var server = await ServerProcess.StartAsync(folder.Root, config))
        {
            await server.WaitIdleAsync(Articles, TimeSpan.FromMinutes(4));
            server.Kill();
        }

        return await GraphSnapshots.ReadAsync(folder.Database);
    }
}
