using Graph.Core.Model;
using Graph.Core.Names;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Graph.Bench.Store;

/// <summary>
/// Grows the store file to the size the read benchmarks need, writing entities, their names, search rows and
/// aggregated relations straight into the store's schema (no statements, no resolution): the write path is measured
/// on its own sample; this only makes a 1,000,000-relation graph in minutes on a shared machine.
/// Entity ids are made the way the store makes them (the generator's names are unique, so there are no suffixes), and
/// rows refer to entities by number as the store's do.
/// </summary>
internal static class BulkGraphLoader
{
    public static void Load(string path, IEnumerable<ArticleFacts> articles, Func<bool> done)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        BenchRows.Execute(connection, "PRAGMA synchronous = OFF; PRAGMA cache_size = -131072;");
        using var entity = BenchRows.Prepare(connection, "INSERT OR IGNORE INTO entity (id, type, name, name_key, last_token) VALUES (?1, ?2, ?3, ?4, ?5)");
        using var name = BenchRows.Prepare(connection, "INSERT OR IGNORE INTO entity_alias (entity_n, alias_key, alias) VALUES (?1, ?2, ?3)");
        using var search = BenchRows.Prepare(connection, "INSERT INTO entity_fts (rowid, name, aliases) VALUES (?1, ?2, ?3)");
        using var relation = BenchRows.Prepare(connection, """
            INSERT INTO relation (subject_n, type, object_n, support, log_miss, certain, confidence, first_seen, last_seen) VALUES (?1, ?2, ?3, 1, 0, 0, ?4, ?5, ?5)
            ON CONFLICT (subject_n, type, object_n) DO UPDATE SET support = support + 1, confidence = 1.0 - (1.0 - confidence) * (1.0 - excluded.confidence),
                first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen)
            """);
        var numbers = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var stored = connection.CreateCommand())
        {
            stored.CommandText = "SELECT id, n FROM entity";
            using var reader = stored.ExecuteReader();
            while (reader.Read())
            {
                numbers[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        var transaction = connection.BeginTransaction();
        var inTransaction = 0;
        foreach (var article in articles)
        {
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var e in article.Entities)
            {
                var key = NameKey.Of(e.Name);
                var id = BenchRows.Id(e.Type, e.Name);
                ids[key] = id;
                var space = key.LastIndexOf(' ');
                BenchRows.Insert(connection, entity, id, e.Type, e.Name, key, e.Type == "PERSON" && space > 0 ? key[(space + 1)..] : null);
                if (raw.sqlite3_changes(connection.Handle) == 1)
                {
                    numbers[id] = raw.sqlite3_last_insert_rowid(connection.Handle);
                    BenchRows.Insert(connection, search, numbers[id], e.Name, string.Join(" ; ", e.Aliases));
                }

                foreach (var n in e.AllNames())
                {
                    BenchRows.Insert(connection, name, numbers[id], NameKey.Of(n), n);
                }
            }

            foreach (var s in article.Statements.Where(s => !s.Negated))
            {
                var subject = ids[NameKey.Of(s.Subject)];
                var @object = ids[NameKey.Of(s.Object)];
                var swap = s.Relation is "MET" or "COOPERATED" or "AGREED" && string.CompareOrdinal(subject, @object) > 0;
                BenchRows.Insert(connection, relation, numbers[swap ? @object : subject], s.Relation, numbers[swap ? subject : @object], s.Confidence, article.Article.PublishedAt!.Value.UtcTicks);
            }

            if (++inTransaction == 2000)
            {
                transaction.Commit();
                transaction.Dispose();
                transaction = connection.BeginTransaction();
                inTransaction = 0;
            }

            if (done())
            {
                break;
            }
        }

        transaction.Commit();
        transaction.Dispose();
        // What the store's writer keeps beside the rows (its mention counts, its counts by type), recounted once here.
        BenchRows.Execute(connection, "DELETE FROM type_count; INSERT INTO type_count (kind, type, n) SELECT 'entity', type, count(*) FROM entity GROUP BY type; INSERT INTO type_count (kind, type, n) SELECT 'relation', type, count(*) FROM relation GROUP BY type; INSERT INTO type_count (kind, type, n) SELECT 'article', '', count(*) FROM article; INSERT INTO type_count (kind, type, n) SELECT 'statement', '', count(*) FROM statement;");
        BenchRows.Execute(connection, "UPDATE entity SET mention_count = (SELECT count(*) FROM relation WHERE subject_n = entity.n) + (SELECT count(*) FROM relation WHERE object_n = entity.n) WHERE mention_count = 0; PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;");
    }
}
