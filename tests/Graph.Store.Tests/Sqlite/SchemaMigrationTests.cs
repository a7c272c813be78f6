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

    /// <summary>The schema at <paramref name="version"/> as the program of that version created it (its own embedded migrations up to that number).</summary>
    private static void CreateAtVersion(SqliteConnection connection, int version)
    {
        const string Prefix = "Graph.Store.Sqlite.Schema.";
        var assembly = typeof(SqliteGraphStore).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(r => r[Prefix.Length..])
            .Select(name => (Version: int.Parse(name[..4], System.Globalization.CultureInfo.InvariantCulture), Name: name))
            .Where(m => m.Version <= version)
            .OrderBy(m => m.Version)
            .ToList();
        migrations.Select(m => m.Version).Should().Equal(Enumerable.Range(1, version), "every migration up to the version is embedded");
        Exec(connection, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        foreach (var (_, name) in migrations)
        {
            using var stream = assembly.GetManifestResourceStream("Graph.Store.Sqlite.Schema." + name)
                ?? throw new InvalidOperationException($"migration {name} is not embedded");
            using var reader = new StreamReader(stream);
            Exec(connection, reader.ReadToEnd());
            Exec(connection, $"INSERT INTO schema_version VALUES ({int.Parse(name[..4], System.Globalization.CultureInfo.InvariantCulture)}, '{name}', '2026-01-01T00:00:00.0000000+00:00')");
        }
    }

    /// <summary>
    /// Copies every row of a current store into a file at a version before 7, as that version kept them: entities named by
    /// their text ids (7 gave rows entity numbers), entities without their other names (8), mentions by article id, and (before 3) statements without their integer key.
    /// </summary>
    private static void CopyInto(SqliteConnection old, string currentPath, bool statementKey)
    {
        Exec(old, $"ATTACH DATABASE '{currentPath.Replace("'", "''", StringComparison.Ordinal)}' AS cur");
        foreach (var table in new[] { "article", "entity_merge" })
        {
            Exec(old, $"INSERT INTO main.{table} SELECT * FROM cur.{table}");
        }

        // Without other_names (8 added it, kept by triggers from entity_alias).
        Exec(old, "INSERT INTO main.entity SELECT n, id, type, name, name_key, last_token, mention_count, curated FROM cur.entity");

        Exec(old, "INSERT INTO main.mention SELECT a.id, m.local_key, m.local_name, m.tokens, m.seq, m.names, e.id FROM cur.mention m JOIN cur.article a ON a.seq = m.seq JOIN cur.entity e ON e.n = m.entity_n");
        foreach (var table in new[] { "alias", "entity_alias" })
        {
            Exec(old, $"INSERT INTO main.{table} SELECT e.id, x.alias_key, x.alias FROM cur.{table} x JOIN cur.entity e ON e.n = x.entity_n");
        }

        Exec(old, "INSERT INTO main.relation SELECT s.id, r.type, o.id, r.support, r.log_miss, r.certain, r.confidence, r.first_seen, r.last_seen FROM cur.relation r JOIN cur.entity s ON s.n = r.subject_n JOIN cur.entity o ON o.n = r.object_n");
        Exec(old, "INSERT INTO main.entity_fts (rowid, name, aliases) SELECT rowid, name, aliases FROM cur.entity_fts");
        const string Columns =
            """
            article_id, ordinal, type, subject_id, object_id, rel_subject, rel_object, subject_name, object_name, sentence, sentence_index,
            sentence_start, sentence_end, subject_start, subject_end, object_start, object_end, confidence, log_miss, certain, negated,
            extracted_ticks, seen_ticks
            """;
        const string Values =
            """
            st.article_id, st.ordinal, st.type, s.id, o.id, rs.id, ro.id, st.subject_name, st.object_name, st.sentence, st.sentence_index,
            st.sentence_start, st.sentence_end, st.subject_start, st.subject_end, st.object_start, st.object_end, st.confidence, st.log_miss, st.certain, st.negated,
            st.extracted_ticks, st.seen_ticks
            """;
        Exec(
            old,
            $"""
            INSERT INTO main.statement ({(statementKey ? "id, " : string.Empty)}{Columns}) SELECT {(statementKey ? "st.id, " : string.Empty)}{Values}
            FROM cur.statement st JOIN cur.entity s ON s.n = st.subject_n JOIN cur.entity o ON o.n = st.object_n
            JOIN cur.entity rs ON rs.n = st.rel_subject_n JOIN cur.entity ro ON ro.n = st.rel_object_n
            ORDER BY st.article_id DESC
            """);
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
            CreateAtVersion(connection, 2);
            CopyInto(connection, currentPath, statementKey: false);
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

    [Fact]
    public async Task A_version_5_file_migrates_to_the_same_graph_without_the_second_entity_name_index_with_entity_numbers_and_takes_later_writes()
    {
        var currentPath = folder.NewFile("current.db");
        var oldPath = folder.NewFile("v5.db");
        await using var current = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = currentPath });
        await current.PutArticlesAsync(Articles());
        var alias = await current.AddAliasAsync((await current.FindEntitiesByNameAsync("Velmar Group")).Single().Id, "Velmar");
        var expected = await current.ReadAllAsync();

        await using (var connection = new SqliteConnection($"Data Source={oldPath};Pooling=False"))
        {
            connection.Open();
            CreateAtVersion(connection, 5);
            CopyInto(connection, currentPath, statementKey: true);
            Indexes(connection).Should().Contain("entity_by_name_key");
        }

        await using var migrated = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = oldPath });
        await using (var check = new SqliteConnection($"Data Source={oldPath};Mode=ReadOnly;Pooling=False"))
        {
            check.Open();
            Indexes(check).Should().NotContain("entity_by_name_key").And.Contain("entity_by_type_name");
        }

        (await migrated.ReadAllAsync()).ShouldEqual(expected);
        (await migrated.FindEntitiesByNameAsync("Velmar")).Select(e => e.Id).Should().Equal(alias.Id);

        // Migration 0009 counted the copied rows by type; the writes below keep both files' counts alike.
        (await migrated.GetCountsAsync()).Should().BeEquivalentTo(await current.GetCountsAsync());

        // Later articles resolve against the migrated entities (by name, alias and surname) as on the file that was never migrated.
        ArticleFacts[] later =
        [
            ArticleBuilder.Article("m6", day: 6).Entity("Korvel", "PERSON").Entity("Velmar", "ORGANIZATION").Says("Korvel", "LEADS", "Velmar"),
            ArticleBuilder.Article("m7", day: 7).Entity("Bram Ostin", "PERSON").Entity("Tessary", "LOCATION").Says("Bram Ostin", "LOCATED_IN", "Tessary"),
        ];
        await current.PutArticlesAsync(later);
        await migrated.PutArticlesAsync(later);
        (await migrated.ReadAllAsync()).ShouldEqualIgnoringIngestion(await current.ReadAllAsync());
        (await migrated.GetCountsAsync()).Should().BeEquivalentTo(await current.GetCountsAsync());
    }

    private static List<string> Indexes(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entity'";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
