using Graph.Core.Model;
using Graph.Core.Names;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Graph.Bench.Store;

/// <summary>
/// What the baseline writers (<see cref="RawInsert"/>, <see cref="LeanInsert"/>) share: the store's statement row built
/// the way the store builds it, entity ids and numbers as the store gives them (the synthetic names are unique, so no
/// suffixes), and the fastest way SQLite takes rows (bind, step, reset on its own handle).
/// </summary>
internal sealed class BenchRows
{
    private static readonly HashSet<string> Symmetric = ["MET", "COOPERATED", "AGREED"];
    private readonly Dictionary<string, long> numbers = new(StringComparer.Ordinal);
    private long articleSeq;

    /// <summary>The statement columns, in the order <see cref="Statements"/> gives their values.</summary>
    public const string StatementColumns = """
        id, article_id, ordinal, type, subject_n, object_n, rel_subject_n, rel_object_n, subject_name, object_name,
        sentence, sentence_index, sentence_start, sentence_end, subject_start, subject_end, object_start, object_end,
        confidence, log_miss, certain, negated, extracted_ticks, seen_ticks
        """;

    /// <summary>The next article's ingestion number, as the store gives it.</summary>
    public long NextSeq() => ++articleSeq;

    /// <summary>The entity's number, and whether this call gave it (the entity is new).</summary>
    public (long Number, bool IsNew) Number(string type, string name)
    {
        var id = Id(type, name);
        if (numbers.TryGetValue(id, out var n))
        {
            return (n, false);
        }

        numbers[id] = n = numbers.Count + 1;
        return (n, true);
    }

    public static string Id(string type, string name) => type.ToLowerInvariant() + ":" + NameKey.Of(name).Replace(' ', '-');

    /// <summary>The article's statement rows: the key the store gives (seq in the high bits, ordinal in the low 20), entity numbers, relation ends in canonical order.</summary>
    public IEnumerable<object?[]> Statements(ArticleFacts article, long seq)
    {
        var types = article.Entities.ToDictionary(e => NameKey.Of(e.Name), e => e.Type, StringComparer.Ordinal);
        for (var ordinal = 0; ordinal < article.Statements.Count; ordinal++)
        {
            var s = article.Statements[ordinal];
            var (subjectType, objectType) = (types[NameKey.Of(s.Subject)], types[NameKey.Of(s.Object)]);
            var swap = Symmetric.Contains(s.Relation) && string.CompareOrdinal(Id(subjectType, s.Subject), Id(objectType, s.Object)) > 0;
            var (subject, @object) = (Number(subjectType, s.Subject).Number, Number(objectType, s.Object).Number);
            yield return
            [
                (seq << 20) | (long)ordinal, s.ArticleId, ordinal, s.Relation, subject, @object, swap ? @object : subject, swap ? subject : @object, s.Subject, s.Object,
                s.Sentence, s.SentenceIndex, s.SentenceSpan?.Start, s.SentenceSpan?.End, s.SubjectSpan?.Start, s.SubjectSpan?.End, s.ObjectSpan?.Start, s.ObjectSpan?.End,
                s.Confidence, LogMiss(s.Confidence), s.Confidence >= 1 ? 1 : 0, s.Negated ? 1 : 0,
                DateTimeOffset.UtcNow.UtcTicks, article.Article.PublishedAt!.Value.UtcTicks,
            ];
        }
    }

    public static long LogMiss(double confidence) => confidence >= 1 ? 0L : (long)Math.Round(Math.Log(1 - confidence) * 1e12);

    public static sqlite3_stmt Prepare(SqliteConnection connection, string sql)
    {
        if (raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement) != raw.SQLITE_OK)
        {
            throw new InvalidOperationException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string());
        }

        return statement;
    }

    /// <summary>One row: binds the values in order, steps, resets.</summary>
    public static void Insert(SqliteConnection connection, sqlite3_stmt insert, params object?[] values) => Insert(connection, insert, [values]);

    /// <summary>Binds each row's values in order, steps, resets.</summary>
    public static void Insert(SqliteConnection connection, sqlite3_stmt insert, IEnumerable<object?[]> rows)
    {
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
                    _ => throw new InvalidOperationException($"no binding for {row[i]!.GetType()}"),
                };
            }

            if (raw.sqlite3_step(insert) != raw.SQLITE_DONE)
            {
                throw new InvalidOperationException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string());
            }

            raw.sqlite3_reset(insert);
        }
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The store's pragmas, foreign keys off (the baselines leave out the rows they would check).</summary>
    public const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 8192;";
}
