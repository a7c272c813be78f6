using Graph.Core.Model;
using Graph.Core.Names;
using Microsoft.Data.Sqlite;

namespace Graph.Bench.Store;

/// <summary>
/// The write floor of a lean store that answers the port from SQLite: the least we found it must write per article, with
/// every row built before the timing starts (no resolution, no validation, no look-ups) and stepped on SQLite's own handle.
/// Per article: its row (key, id, hash, date); one (entity, article) mention per entity, which re-ingestion and
/// retraction need; a new entity's row with its unique id and its (type, name key) look-up index, and its full-text row;
/// the statements, with the evidence index (by relation); and one upsert per relation the batch touches, into the
/// aggregate with its by-object index (incoming relations, walks).
/// </summary>
/// <remarks>
/// Everything the store writes beyond this floor serves a read the port also promises (entity listings by name and
/// by mentions, surname and alias resolution, names, statements by their object end, foreign keys): so store / lean
/// is the price of those and of the managed work, and lean / raw shows how far even a lean design is from raw inserts.
/// Two more layouts ask whether a different design could reach the target where the lean one cannot:
/// <see cref="Layout.PackedFacts"/> stores an article's statements as one value in its row, so the only per-statement
/// write left is the evidence index entry (fewer rows than raw writes); and either layout can leave out the full-text rows.
/// </remarks>
internal sealed class LeanInsert : IDisposable
{
    public enum Layout
    {
        /// <summary>The statement rows exactly as <see cref="RawInsert"/> writes them, with the evidence index.</summary>
        StatementRows,

        /// <summary>The article's statements as one text value in the article's row, and one evidence index entry
        /// (relation, article, ordinal) a statement: a design that writes fewer rows than the raw insert.</summary>
        PackedFacts,
    }

    /// <summary>What "lean" is, for the bench's output.</summary>
    public const string Includes = "article, mention (entity, article), new entity (unique id, name index), full-text row, the raw statement rows with the evidence index, relation upserts with the by-object index";

    /// <summary>What the packed layout changes, for the bench's output.</summary>
    public const string PackedIncludes = "as lean, but an article's statements as one text in its row and one evidence index entry a statement";

    private const string SharedSchema = """
        CREATE TABLE entity (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL);
        CREATE INDEX entity_by_name ON entity (type, name_key);
        CREATE TABLE mention (entity_n INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (entity_n, seq)) WITHOUT ROWID;
        CREATE TABLE relation (
            subject_n INTEGER NOT NULL, type TEXT NOT NULL, object_n INTEGER NOT NULL, support INTEGER NOT NULL, log_miss INTEGER NOT NULL,
            certain INTEGER NOT NULL, confidence REAL NOT NULL, first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL,
            PRIMARY KEY (subject_n, type, object_n)) WITHOUT ROWID;
        CREATE INDEX relation_by_object ON relation (object_n, type, subject_n, support);
        CREATE VIRTUAL TABLE entity_fts USING fts5 (name, aliases, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
        """;

    private const string StatementRowsSchema = """
        CREATE TABLE article (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL, seen_ticks INTEGER NOT NULL);
        CREATE TABLE statement (
            id INTEGER PRIMARY KEY, article_id TEXT NOT NULL, ordinal INTEGER NOT NULL, type TEXT NOT NULL,
            subject_n INTEGER NOT NULL, object_n INTEGER NOT NULL, rel_subject_n INTEGER NOT NULL, rel_object_n INTEGER NOT NULL,
            subject_name TEXT NOT NULL, object_name TEXT NOT NULL, sentence TEXT NOT NULL, sentence_index INTEGER NOT NULL,
            sentence_start INTEGER, sentence_end INTEGER, subject_start INTEGER, subject_end INTEGER, object_start INTEGER, object_end INTEGER,
            confidence REAL NOT NULL, log_miss INTEGER NOT NULL, certain INTEGER NOT NULL, negated INTEGER NOT NULL,
            extracted_ticks INTEGER NOT NULL, seen_ticks INTEGER NOT NULL);
        CREATE INDEX statement_by_relation ON statement (rel_subject_n, type, rel_object_n, negated, seen_ticks DESC, article_id, ordinal);
        """;

    private const string PackedFactsSchema = """
        CREATE TABLE article (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL, seen_ticks INTEGER NOT NULL, facts TEXT NOT NULL);
        CREATE TABLE evidence (
            rel_subject_n INTEGER NOT NULL, type TEXT NOT NULL, rel_object_n INTEGER NOT NULL, seq INTEGER NOT NULL, ordinal INTEGER NOT NULL,
            PRIMARY KEY (rel_subject_n, type, rel_object_n, seq, ordinal)) WITHOUT ROWID;
        """;

    private const char FieldSeparator = '\u001f';

    private readonly SqliteConnection connection;
    private readonly SQLitePCL.sqlite3_stmt articleInsert;
    private readonly SQLitePCL.sqlite3_stmt entityInsert;
    private readonly SQLitePCL.sqlite3_stmt searchInsert;
    private readonly SQLitePCL.sqlite3_stmt mentionInsert;
    private readonly SQLitePCL.sqlite3_stmt statementInsert;
    private readonly SQLitePCL.sqlite3_stmt relationUpsert;
    private readonly BenchRows rowsOf = new();
    private readonly Layout layout;
    private readonly bool withSearch;
    private TimeSpan cpu;

    public LeanInsert(string path, Layout layout = Layout.StatementRows, bool withSearch = true)
    {
        this.layout = layout;
        this.withSearch = withSearch;
        connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        BenchRows.Execute(connection, BenchRows.Pragmas);
        BenchRows.Execute(connection, SharedSchema + (layout == Layout.PackedFacts ? PackedFactsSchema : StatementRowsSchema));
        articleInsert = BenchRows.Prepare(connection, layout == Layout.PackedFacts ? "INSERT INTO article VALUES (?1, ?2, ?3, ?4, ?5)" : "INSERT INTO article VALUES (?1, ?2, ?3, ?4)");
        entityInsert = BenchRows.Prepare(connection, "INSERT INTO entity VALUES (?1, ?2, ?3, ?4, ?5)");
        searchInsert = BenchRows.Prepare(connection, "INSERT INTO entity_fts (rowid, name, aliases) VALUES (?1, ?2, ?3)");
        mentionInsert = BenchRows.Prepare(connection, "INSERT INTO mention VALUES (?1, ?2)");
        statementInsert = BenchRows.Prepare(
            connection,
            layout == Layout.PackedFacts
                ? "INSERT INTO evidence VALUES (?1, ?2, ?3, ?4, ?5)"
                : $"INSERT INTO statement ({BenchRows.StatementColumns}) VALUES ({string.Join(", ", Enumerable.Range(1, 24).Select(i => $"?{i}"))})");
        relationUpsert = BenchRows.Prepare(
            connection,
            """
            INSERT INTO relation VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            ON CONFLICT (subject_n, type, object_n) DO UPDATE SET
                support = support + excluded.support, log_miss = log_miss + excluded.log_miss, certain = certain + excluded.certain,
                confidence = excluded.confidence, first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen)
            """);
    }

    public long Rows { get; private set; }

    public double CpuSeconds => cpu.TotalSeconds;

    /// <summary>One batch in one transaction; every row is built before the timing starts.</summary>
    public void Write(IReadOnlyList<ArticleFacts> batch)
    {
        var (articleRows, entityRows, searchRows, mentionRows, statementRows, relationRows) = (new List<object?[]>(), new List<object?[]>(), new List<object?[]>(), new List<object?[]>(), new List<object?[]>(), new SortedDictionary<(long, string, long), object?[]>());
        foreach (var article in batch)
        {
            var seq = rowsOf.NextSeq();
            var seen = article.Article.PublishedAt!.Value.UtcTicks;
            var facts = new System.Text.StringBuilder();
            foreach (var entity in article.Entities)
            {
                var (n, isNew) = rowsOf.Number(entity.Type, entity.Name);
                if (isNew)
                {
                    entityRows.Add([n, BenchRows.Id(entity.Type, entity.Name), entity.Type, entity.Name, NameKey.Of(entity.Name)]);
                    if (withSearch)
                    {
                        searchRows.Add([n, entity.Name, string.Join(' ', entity.Aliases)]);
                    }
                }

                mentionRows.Add([n, seq]);
            }

            foreach (var row in rowsOf.Statements(article, seq))
            {
                if (layout == Layout.PackedFacts)
                {
                    // Every value of the statement row, in one text (a real design would pick a format; the size is what counts here).
                    foreach (var value in row)
                    {
                        facts.Append(value).Append(FieldSeparator);
                    }

                    statementRows.Add([row[6], row[3], row[7], seq, row[2]]);
                }
                else
                {
                    statementRows.Add(row);
                }

                if ((int)row[21]! == 0)
                {
                    // One upsert per relation of the batch, in key order, as the store writes its totals (here the last statement's).
                    var (subject, type, @object) = ((long)row[6]!, (string)row[3]!, (long)row[7]!);
                    relationRows[(subject, type, @object)] = [subject, type, @object, 1, row[19], row[20], row[18], seen, seen];
                }
            }

            articleRows.Add(layout == Layout.PackedFacts
                ? [seq, article.Article.Id, article.Article.ContentHash, seen, facts.ToString()]
                : [seq, article.Article.Id, article.Article.ContentHash, seen]);
        }

        var cpuBefore = CpuClock.Process;
        using (var transaction = connection.BeginTransaction())
        {
            BenchRows.Insert(connection, articleInsert, articleRows);
            BenchRows.Insert(connection, entityInsert, entityRows);
            BenchRows.Insert(connection, searchInsert, searchRows);
            BenchRows.Insert(connection, mentionInsert, mentionRows);
            BenchRows.Insert(connection, statementInsert, statementRows);
            BenchRows.Insert(connection, relationUpsert, relationRows.Values);
            transaction.Commit();
        }

        cpu += CpuClock.Process - cpuBefore;
        Rows += statementRows.Count;
    }

    public void Dispose()
    {
        foreach (var statement in new[] { articleInsert, entityInsert, searchInsert, mentionInsert, statementInsert, relationUpsert })
        {
            statement.Dispose();
        }

        connection.Dispose();
    }
}
