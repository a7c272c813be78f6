using Graph.Ingestion.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Graph.Ingestion.Tests;

/// <summary>
/// Issue 5, item 9: the store unavailable for a while, then back. Here the SQLite store file is locked exclusively by
/// another process's transaction (this test's), so every write of the real server fails as "busy"; when the lock goes,
/// the queue drains by itself and nothing is lost.
/// </summary>
public sealed class StoreOutageTests
{
    [Fact]
    public async Task Articles_arriving_while_the_store_is_locked_are_all_written_once_it_is_back()
    {
        using var folder = new TestFolder();
        var inbox = folder.Sub("inbox");
        var config = folder.Config(new { StoreBreakSeconds = 2, Sources = new[] { new { Name = "inbox", Kind = "Folder", Path = inbox } } });
        using var server = await ServerProcess.StartAsync(folder.Root, config);
        await server.WaitIdleAsync(0, TimeSpan.FromMinutes(1));

        using (var locker = new SqliteConnection($"Data Source={folder.Database};Pooling=False"))
        {
            locker.Open();
            using var exclusive = locker.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false);
            using (var write = locker.CreateCommand())
            {
                // A write inside the transaction holds the database's write lock until rollback.
                write.Transaction = exclusive;
                write.CommandText = "CREATE TABLE outage_marker (x INTEGER)";
                write.ExecuteNonQuery();
            }

            Corpus.WriteBbc(inbox, 20, maxChars: 500);
            await Task.Delay(TimeSpan.FromSeconds(25));
            var during = await server.StatusAsync();
            during.GetProperty("stats").GetProperty("articles").GetInt32().Should().Be(0, "nothing can be written while the store is locked");
            (during.GetProperty("ingestionStatus").GetProperty("dead").GetInt32()).Should().Be(0, "an unavailable store is not the articles' fault");
            exclusive.Rollback();
        }

        var after = await server.WaitIdleAsync(20, TimeSpan.FromMinutes(2));
        after.GetProperty("stats").GetProperty("articles").GetInt32().Should().Be(20);
        after.GetProperty("ingestionStatus").GetProperty("dead").GetInt32().Should().Be(0);
        after.GetProperty("ingestionStatus").GetProperty("pauseReason").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "ingestion resumed by itself");
    }
}
