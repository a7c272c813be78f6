using Graph.Ingestion.Processing;
using Graph.Ingestion.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Graph.Ingestion.Tests;

/// <summary>
/// The store sees articles in the order they were queued, whatever order the parallel extractors finish them in:
/// entity resolution can depend on which of two articles comes first, and the same queue must build the same graph
/// on every run (and after a kill and restart, the same graph as a clean run).
/// </summary>
public sealed class ClaimOrderTests
{
    [Fact]
    public void Items_are_released_in_claim_order_and_in_batches_of_at_most_the_size_asked()
    {
        var order = new ClaimOrder<string>();
        var batch = new List<string>();
        order.Add(2, "c");
        order.Add(1, "b");
        order.TakeReady(batch, 10);
        batch.Should().BeEmpty("the first claimed item has not finished");

        order.Add(0, "a");
        order.Add(3, "d");
        order.TakeReady(batch, 3);
        batch.Should().Equal("a", "b", "c");
        order.Waiting.Should().Be(1);

        batch.Clear();
        order.TakeReady(batch, 3);
        batch.Should().Equal("d");
        FluentActions.Invoking(() => order.Add(1, "again")).Should().Throw<InvalidOperationException>().WithMessage("*claim order 1*");
    }

    [Fact]
    public async Task A_long_article_queued_first_is_stored_first_though_the_short_ones_after_it_finish_sooner()
    {
        using var folder = new TestFolder();
        var articles = folder.Sub("articles");
        Corpus.WriteBbc(articles, 16, maxChars: 400);
        // The first file (in queue order) gets far more text than the others, so on two extraction workers the second
        // worker gets through several short ones while the first is still on it.
        var first = Directory.EnumerateFiles(articles).Order(StringComparer.Ordinal).First();
        var longText = folder.Sub("long");
        Corpus.WriteBbc(longText, 40, maxChars: 2_000);
        var body = string.Join("\n\n", Directory.EnumerateFiles(longText).Order(StringComparer.Ordinal).Select(f => File.ReadAllText(f).Split("\n\n", 2)[1]));
        File.WriteAllText(first, File.ReadAllText(first) + "\n" + body);

        var config = folder.Config(new { ExtractionWorkers = 2, WriteBatchSize = 1, Sources = new[] { new { Name = "corpus", Kind = "Folder", Path = articles } } });
        using (var server = await ServerProcess.StartAsync(folder.Root, config))
        {
            await server.WaitIdleAsync(16, TimeSpan.FromMinutes(3));
            server.Kill();
        }

        var queued = Directory.EnumerateFiles(articles).Order(StringComparer.Ordinal).Select(Path.GetFileNameWithoutExtension).ToList();
        StoredInOrder(folder.Database).Should().Equal(queued);
    }

    // The store's own record of the order articles first arrived in (article.seq), read from the file.
    private static List<string> StoredInOrder(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM article ORDER BY seq";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }
}
