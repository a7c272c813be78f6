using Graph.Core.Model;
using Graph.Store.Sqlite;
using Graph.Store.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Tests.Sqlite;

/// <summary>
/// A file written at an older schema version keeps its graph when a newer program opens it: the migrations carry the
/// data over, and the store goes on writing to it as to a fresh one.
/// </summary>
public sealed class SchemaMigrationTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static ArticleFacts[] Articles() =>
    [
        ArticleBuilder.Article("m1", day: 1).Entity("Anna Korvel", "PERSON").Entity("Bram Ostin", "PERSON").Says("Bram Ostin", "MET", "Anna Korvel", 0.7),
        ArticleBuilder.Article("m2", day: 2).Entity("Korvel", "PERSON", "the Treasurer").Entity("Velmar Group", "ORGANIZATION").Says("Korvel", "CRITICIZED", "Velmar Group")
            .Says("Velmar Group", "PRAISED", "Korvel", negated: true),
        ArticleBuilder.Article("m3", day: 3).Entity("Velmar Group", "ORGANIZATION").Entity("Tessary", "LOCATION").Says("Velmar Group", "LOCATED_IN", "Tessary")
            .Says("Velmar Group", "LOCATED_IN", "Tessary", 0.4, sentence: "It is based in Tessary."),
        ArticleBuilder.Article("m4", day: 4).Entity("Bram Ostin", "PERSON").Entity("Anna Korvel", "PERSON").Says("Anna Korvel", "MET", "Bram Ostin", 0.5),
        // A changed version: the article keeps its first ingestion number.
        ArticleBuilder.Article("m1", day: 1).Entity("Anna Korvel", "PERSON").Entity("Tessary", "LOCATION").Says("Anna Korvel", "LOCATED_IN", "Tessary"),
    ];

    /// <summary>The version-2 schema as the program of that version created it (its own embedded migrations 0001 and 0002).</summary>
    private static void CreateAtVersion2(SqliteConnection connection)
    {
        var assembly = typeof(SqliteGraphStore).Assembly;
        Exec(connection, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        foreach (var (version, name) in new[] { (1, "0001_graph.sql"), (2, "0002_covering_walks.sql") })
        {
            using var stream = assembly.GetManifestResourceStream("Graph.Store.Sqlite.Schema." + name)
                ?? throw new InvalidOperationException($"migration {name} is not embedded");
            using var reader = new StreamReader(stream);
            Exec(connection, reader.ReadToEnd());
            Exec(connection, $"INSERT INTO schema_version VALUES ({version}, '{name}', '2026-01-01T00:00:00.0000000+00:00')");
        }
    }

    /// <summary>Copies every row of a current store into a version-2 file, the statements without the key version 3 added.</summary>
    private static void CopyInto(SqliteConnection old, string currentPath)
    {
        Exec(old, $"ATTACH DATABASE '{currentPath.Replace("'", "''", StringComparison.Ordinal)}' AS cur");
        foreach (var table in new[] { "article", "entity", "mention", "alias", "entity_alias", "entity_merge", "relation" })
        {
            Exec(old, $"INSERT INTO main.{table} SELECT * FROM cur.{table}");
        }

        Exec(old, "INSERT INTO main.entity_fts (rowid, name, aliases) SELECT rowid, name, aliases FROM cur.entity_fts");
        const string Columns =
            """
            article_id, ordinal, type, subject_id, object_id, rel_subject, rel_object, subject_name, object_name, sentence, sentence_index,
            sentence_start, sentence_end, subject_start, subject_end, object_start, object_end, confidence, log_miss, certain, negated,
            extracted_ticks, seen_ticks
            """;
        Exec(old, $"INSERT INTO main.statement ({Columns}) SELECT {Columns} FROM cur.statement ORDER BY article_id DESC");
        Exec(old, "DETACH DATABASE cur");
    }

    private static void Exec(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task A_version_2_file_migrates_to_the_same_graph_and_takes_later_writes_like_a_fresh_one()
    {
        var currentPath = folder.NewFile("current.db");
        var oldPath = folder.NewFile("old.db");
        await using var current = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = currentPath });
        await current.PutArticlesAsync(Articles());
        var alias = await current.AddAliasAsync((await current.FindEntitiesByNameAsync("Velmar Group")).Single().Id, "Velmar");
        var expected = await current.ReadAllAsync();
        expected.Statements.Should().Contain(s => s.Statement.Negated, "the copy must carry negated statements too");

        await using (var connection = new SqliteConnection($"Data Source={oldPath};Pooling=False"))
        {
            connection.Open();
            CreateAtVersion2(connection);
            CopyInto(connection, currentPath);
        }

        await using var migrated = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = oldPath });
        await using (var check = new SqliteConnection($"Data Source={oldPath};Mode=ReadOnly;Pooling=False"))
        {
            check.Open();
            using var command = check.CreateCommand();
            command.CommandText = "SELECT max(version) FROM schema_version";
            Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture).Should().Be(SqliteGraphStore.SchemaVersion);
        }

        (await migrated.ReadAllAsync()).ShouldEqual(expected);
        var relationIds = expected.Relations.Select(r => r.Id).ToList();
        (await migrated.GetEvidenceAsync(relationIds)).Should().BeEquivalentTo(await current.GetEvidenceAsync(relationIds));
        (await migrated.GetTimelineAsync(alias.Id, null, null)).Should().BeEquivalentTo(await current.GetTimelineAsync(alias.Id, null, null), o => o.WithStrictOrdering());
        (await migrated.SearchEntitiesAsync(new EntitySearch("velm"))).Items.Select(h => h.Entity.Id).Should().Equal(alias.Id);

        // Later writes find the migrated statements by their article: a retraction and a changed version on both files.
        var changed = ArticleBuilder.Article("m2", day: 2).Entity("Korvel", "PERSON").Entity("Tessary", "LOCATION").Says("Korvel", "LOCATED_IN", "Tessary").Build();
        foreach (var store in new[] { current, migrated })
        {
            (await store.RetractArticleAsync("m4")).Should().BeTrue();
            await store.PutArticleAsync(changed);
            await store.PutArticleAsync(ArticleBuilder.Article("m5", day: 5).Entity("Bram Ostin", "PERSON").Entity("Velmar Group", "ORGANIZATION").Says("Bram Ostin", "SUPPORTED", "Velmar Group"));
        }

        var after = await current.ReadAllAsync();
        after.Statements.Should().NotContain(s => s.Statement.ArticleId == "m4");
        (await migrated.ReadAllAsync()).ShouldEqualIgnoringIngestion(after);
    }
}
