using Graph.Store.Sqlite;
using Graph.Store.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Tests.Sqlite;

/// <summary>What only the SQLite store promises: the file, its journal mode, its schema versions, cancellation mid-batch.</summary>
public sealed class SqliteSpecificTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static Core.Model.ArticleFacts[] Articles() =>
    [
        ArticleBuilder.Article("a1").Entity("Vladimir Putin", "PERSON").Entity("Xi Jinping", "PERSON").Says("Vladimir Putin", "MET", "Xi Jinping"),
        ArticleBuilder.Article("a2").Entity("Putin", "PERSON").Entity("NATO", "ORGANIZATION").Says("Putin", "CRITICIZED", "NATO"),
        ArticleBuilder.Article("a3").Entity("NATO", "ORGANIZATION").Entity("Moscow", "LOCATION").Says("NATO", "WARNED", "Moscow"),
    ];

    private static T Query<T>(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task The_file_is_created_in_wal_mode_and_the_graph_survives_reopening()
    {
        var path = Path.Combine(folder.Path, "nested", "graph.db");
        GraphSnapshot before;
        await using (var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path }))
        {
            await store.PutArticlesAsync(Articles());
            before = await store.ReadAllAsync();
        }

        File.Exists(path).Should().BeTrue();
        Query<string>(path, "PRAGMA journal_mode").Should().Be("wal");
        await using var reopened = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path });
        (await reopened.ReadAllAsync()).ShouldEqual(before);
        (await reopened.SearchEntitiesAsync(new EntitySearch("puti"))).Items.Should().ContainSingle();
    }

    [Fact]
    public async Task Migrations_are_recorded_once_and_reopening_applies_nothing_again()
    {
        var path = folder.NewFile("graph.db");
        for (var i = 0; i < 3; i++)
        {
            await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path });
            await store.PutArticleAsync(Articles()[i]);
        }

        Query<long>(path, "SELECT count(*) FROM schema_version").Should().Be(SqliteGraphStore.SchemaVersion);
        Query<long>(path, "SELECT max(version) FROM schema_version").Should().Be(SqliteGraphStore.SchemaVersion);
        Query<long>(path, "SELECT count(*) FROM article").Should().Be(3);
    }

    [Fact]
    public async Task A_newer_schema_than_the_program_knows_is_refused()
    {
        var path = folder.NewFile("graph.db");
        await (await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path })).DisposeAsync();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES (9999, 'future', 'x')";
            command.ExecuteNonQuery();
        }

        var open = () => SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path });

        (await open.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("9999");
    }

    [Fact]
    public async Task Foreign_keys_are_enforced_on_the_write_connection()
    {
        var path = folder.NewFile("graph.db");
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path });
        await store.PutArticlesAsync(Articles());

        Query<long>(path, "SELECT count(*) FROM pragma_foreign_key_check").Should().Be(0);
    }

    [Fact]
    public async Task A_token_cancelled_in_the_middle_of_a_batch_leaves_the_previous_version()
    {
        var path = folder.NewFile("graph.db");
        using var cancellation = new CancellationTokenSource();
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions
        {
            Path = path,
            FaultInjectionAfterArticleWritten = id =>
            {
                if (id == "a2")
                {
                    cancellation.Cancel();
                }
            },
        });
        await store.PutArticleAsync(Articles()[0]);
        var before = await store.ReadAllAsync();
        var changedA1 = ArticleBuilder.Article("a1").Entity("Vladimir Putin", "PERSON").Build();

        var write = () => store.PutArticlesAsync([changedA1, Articles()[1], Articles()[2]], cancellation.Token);

        await write.Should().ThrowAsync<OperationCanceledException>();
        (await store.ReadAllAsync()).ShouldEqual(before);
    }

    [Fact]
    public async Task Readers_see_a_consistent_graph_while_a_writer_writes()
    {
        var path = folder.NewFile("graph.db");
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path });
        var writes = Task.Run(async () =>
        {
            for (var i = 0; i < 50; i++)
            {
                await store.PutArticleAsync(ArticleBuilder.Article($"w{i}").Entity("Vladimir Putin", "PERSON").Entity($"Person {i}", "PERSON").Says("Vladimir Putin", "MET", $"Person {i}"));
            }
        });
        var reads = Task.Run(async () =>
        {
            while (!writes.IsCompleted)
            {
                var snapshot = await store.ReadAllAsync();
                snapshot.Relations.Should().HaveCount(snapshot.Articles.Count, "each article adds exactly one relation");
            }
        });

        await Task.WhenAll(writes, reads);
        (await store.GetCountsAsync()).Relations.Should().Be(50);
    }
}
