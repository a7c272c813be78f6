using System.Diagnostics;
using Graph.Core.Model;
using Graph.Core.Names;
using Microsoft.Data.Sqlite;
using Graph.Store.Sqlite;
using SQLitePCL;

namespace Graph.Bench.Store;

/// <summary>
/// The baseline: the same statement rows inserted straight into the store's own statement table — the file is created
/// by opening a <see cref="SqliteGraphStore"/> on it, so the schema migrations give the same columns, key and indexes —
/// with the store's pragmas (WAL, synchronous NORMAL, 64 MB cache), one INSERT prepared on SQLite's own handle (bind,
/// step, reset: the fastest way SQLite takes rows) and the same batches, and nothing else: no article, entity, mention,
/// name, relation or search rows, no resolution, no foreign-key checks (they would need those rows).
/// </summary>
internal static class RawInsert
{
    private static TimeSpan cpu;
    private static long articleSeq;
    private static readonly Dictionary<string, long> Numbers = new(StringComparer.Ordinal);

    /// <summary>What "raw" is, for the bench's output.</summary>
    public const string Includes = "the store's statement table with its key and indexes, created by the store's migrations; statement rows only";

    public static async Task<(long Rows, double Seconds, double CpuSeconds)> Run(string path, IEnumerable<ArticleFacts> articles, int batchSize)
    {
        cpu = TimeSpan.Zero;
        articleSeq = 0;
        Numbers.Clear();
        await (await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path })).DisposeAsync();
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Exec(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 8192;");
        raw.sqlite3_prepare_v2(
            connection.Handle,
            """
            INSERT INTO statement (id, article_id, ordinal, type, subject_n, object_n, rel_subject_n, rel_object_n, subject_name, object_name,
                sentence, sentence_index, sentence_start, sentence_end, subject_start, subject_end, object_start, object_end,
                confidence, log_miss, certain, negated, extracted_ticks, seen_ticks)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)
            """,
            out var insert);
        using var statement = insert;

        long rows = 0;
        var clock = new Stopwatch();
        var batch = new List<ArticleFacts>(batchSize);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            batch.Add(article);
            if (batch.Count == batchSize)
            {
                rows += Write(connection, insert, batch, clock);
                batch.Clear();
            }
        }

        rows += Write(connection, insert, batch, clock);
        return (rows, clock.Elapsed.TotalSeconds, cpu.TotalSeconds);
    }

    private static long Write(SqliteConnection connection, sqlite3_stmt insert, List<ArticleFacts> batch, Stopwatch clock)
    {
        // Entity ids as the store derives them (the names are unique, so no suffixes), and numbers in order of first
        // appearance as the store gives them, computed outside the timing.
        // The key the store gives a statement: its article's ingestion number in the high bits, its ordinal in the low 20.
        var rows = batch.Select(a => (Seq: ++articleSeq, Article: a)).ToList().SelectMany(x => x.Article.Statements.Select((s, i) => (Article: x.Article, Statement: s, Ordinal: i, Key: (x.Seq << 20) | (long)i, Types: x.Article.Entities.ToDictionary(e => NameKey.Of(e.Name), e => e.Type)))).Select(x =>
        {
            var s = x.Statement;
            var subject = Id(x.Types[NameKey.Of(s.Subject)], s.Subject);
            var @object = Id(x.Types[NameKey.Of(s.Object)], s.Object);
            var symmetric = s.Relation is "MET" or "COOPERATED" or "AGREED" && string.CompareOrdinal(subject, @object) > 0;
            return new object?[]
            {
                x.Key, s.ArticleId, x.Ordinal, s.Relation, Number(subject), Number(@object), Number(symmetric ? @object : subject), Number(symmetric ? subject : @object), s.Subject, s.Object,
                s.Sentence, s.SentenceIndex, s.SentenceSpan?.Start, s.SentenceSpan?.End, s.SubjectSpan?.Start, s.SubjectSpan?.End, s.ObjectSpan?.Start, s.ObjectSpan?.End,
                s.Confidence, s.Confidence >= 1 ? 0L : (long)Math.Round(Math.Log(1 - s.Confidence) * 1e12), s.Confidence >= 1 ? 1 : 0, s.Negated ? 1 : 0,
                DateTimeOffset.UtcNow.UtcTicks, x.Article.Article.PublishedAt!.Value.UtcTicks,
            };
        }).ToList();

        var cpuBefore = CpuClock.Process;
        clock.Start();
        using var transaction = connection.BeginTransaction();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                _ = row[i] switch
                {
                    null => raw.sqlite3_bind_null(insert, i + 1),
                    string text => raw.sqlite3_bind_text(insert, i + 1, text),
                    int n => raw.sqlite3_bind_int64(insert, i + 1, n),
                    long l => raw.sqlite3_bind_int64(insert, i + 1, l),
                    double d => raw.sqlite3_bind_double(insert, i + 1, d),
                    _ => throw new InvalidOperationException(),
                };
            }

            if (raw.sqlite3_step(insert) != raw.SQLITE_DONE)
            {
                throw new InvalidOperationException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string());
            }

            raw.sqlite3_reset(insert);
        }

        transaction.Commit();
        clock.Stop();
        cpu += CpuClock.Process - cpuBefore;
        return rows.Count;
    }

    private static long Number(string id)
    {
        if (!Numbers.TryGetValue(id, out var n))
        {
            Numbers[id] = n = Numbers.Count + 1;
        }

        return n;
    }

    private static string Id(string type, string name) => type.ToLowerInvariant() + ":" + NameKey.Of(name).Replace(' ', '-');

    private static void Exec(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
