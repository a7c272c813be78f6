using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Graph.Ingestion.Queue;

/// <summary>
/// The durable queue: a SQLite file of its own beside the store. An item is committed here before its arrival is
/// acknowledged (an HTTP 202, a scan's source state), and stays until the store has taken its facts; a crash leaves
/// it pending or processing, and <see cref="Recover"/> puts it back, so nothing accepted is lost (at-least-once;
/// the store's content hash makes a repeat a no-op). Also keeps each source's item state (fingerprints, ETags) so
/// unchanged items are skipped and vanished ones noticed, and the sources added at run time (so they outlive a restart). Safe to share between processes (SQLite locking); only
/// the process holding <see cref="WorkerLock"/> claims items.
/// </summary>
public sealed partial class Outbox : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;

    private Outbox(SqliteConnection connection, string path, TimeProvider clock)
    {
        _connection = connection;
        _clock = clock;
        Path = path;
    }

    /// <summary>The queue file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating) the queue file.</summary>
    /// <exception cref="IOException">The file cannot be opened or is not a queue file.</exception>
    public static Outbox Open(string path, TimeProvider? clock = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(full) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, """
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = FULL;
                PRAGMA busy_timeout = 30000;
                CREATE TABLE IF NOT EXISTS item (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    source TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    article_id TEXT NOT NULL,
                    location TEXT,
                    content BLOB,
                    content_type TEXT,
                    metadata TEXT,
                    state TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    last_error TEXT,
                    enqueued_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    next_attempt_at TEXT NOT NULL);
                CREATE INDEX IF NOT EXISTS item_ready ON item (state, next_attempt_at, id);
                CREATE INDEX IF NOT EXISTS item_article ON item (source, article_id, state);
                CREATE TABLE IF NOT EXISTS source_item (
                    source TEXT NOT NULL,
                    key TEXT NOT NULL,
                    article_id TEXT NOT NULL,
                    stamp TEXT,
                    hash TEXT,
                    etag TEXT,
                    last_modified TEXT,
                    seen_at TEXT NOT NULL,
                    PRIMARY KEY (source, key));
                CREATE TABLE IF NOT EXISTS runtime_source (
                    name TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
                    definition TEXT NOT NULL,
                    added_at TEXT NOT NULL);
                """);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new IOException($"cannot open the ingestion queue at '{full}': {e.Message}", e);
        }

        return new Outbox(connection, full, clock ?? TimeProvider.System);
    }

    /// <summary>
    /// Records an item as pending. A pending (not yet claimed) item of the same source, kind and article is replaced
    /// rather than doubled, so a burst of changes to one file is one piece of work. Returns the item's id.
    /// </summary>
    public long Enqueue(OutboxItem item) => InTransaction(tx => EnqueueIn(tx, item));

    /// <summary>Records several items in one transaction (a scan's findings, with the source state they imply).</summary>
    public IReadOnlyList<long> EnqueueAll(IReadOnlyList<OutboxItem> items, IReadOnlyList<SourceItemState>? states = null, IReadOnlyList<(string Source, string Key)>? forget = null) =>
        InTransaction(tx =>
        {
            var ids = items.Select(i => EnqueueIn(tx, i)).ToList();
            foreach (var state in states ?? []) SaveStateIn(tx, state);
            foreach (var (source, key) in forget ?? []) Command(tx, "DELETE FROM source_item WHERE source = $p0 AND key = $p1", source, key).ExecuteNonQuery();
            return (IReadOnlyList<long>)ids;
        });

    /// <summary>Records an item that is dead on arrival (e.g. a duplicate id in a source), with its error, for the dead-letter list.</summary>
    public long RecordDead(OutboxItem item, string error) =>
        InTransaction(tx => Insert(tx, item with { State = ItemState.Dead, LastError = error, Attempts = 1 }));

    /// <summary>Takes up to <paramref name="max"/> items that are due (pending, or failed whose retry time has come), oldest first, and marks them processing.</summary>
    public IReadOnlyList<OutboxItem> Claim(int max) => InTransaction(tx =>
    {
        var now = Now();
        var command = Command(tx, """
            UPDATE item SET state = 'processing', updated_at = $p0
            WHERE id IN (SELECT id FROM item WHERE state IN ('pending', 'failed') AND next_attempt_at <= $p0 ORDER BY id LIMIT $p1)
            RETURNING id, source, kind, article_id, location, content, content_type, metadata, state, attempts, last_error, enqueued_at, updated_at
            """, now, max);
        return (IReadOnlyList<OutboxItem>)[.. ReadItems(command).OrderBy(i => i.Id)];
    });

    /// <summary>After a crash: every item left processing is pending again. Call only while holding <see cref="WorkerLock"/>.</summary>
    public int Recover() => InTransaction(tx =>
        Command(tx, "UPDATE item SET state = 'pending', updated_at = $p0 WHERE state = 'processing'", Now()).ExecuteNonQuery());

    /// <summary>Marks items done (their facts are in the store, or they were skipped), with the source state that implies, in one transaction.</summary>
    public void Complete(IReadOnlyCollection<long> ids, IReadOnlyList<SourceItemState>? states = null) => InTransaction(tx =>
    {
        foreach (var id in ids) Command(tx, "UPDATE item SET state = 'done', content = NULL, last_error = NULL, updated_at = $p1 WHERE id = $p0", id, Now()).ExecuteNonQuery();
        foreach (var state in states ?? []) SaveStateIn(tx, state);
        return 0;
    });

    /// <summary>
    /// Records a failed attempt: retried after a backoff until <paramref name="maxAttempts"/>, then dead; a permanent
    /// error (bad input) is dead at once. Returns the state the item is now in.
    /// </summary>
    public ItemState Fail(long id, string error, bool permanent, int maxAttempts, TimeSpan retryBaseDelay) => InTransaction(tx =>
    {
        var attempts = Command(tx, "SELECT attempts FROM item WHERE id = $p0", id).ExecuteScalar() is long a ? (int)a + 1 : 1;
        var dead = permanent || attempts >= maxAttempts;
        var delay = Backoff.Delay(retryBaseDelay, attempts);
        Command(tx, "UPDATE item SET state = $p1, attempts = $p2, last_error = $p3, updated_at = $p4, next_attempt_at = $p5 WHERE id = $p0",
            id, dead ? "dead" : "failed", attempts, error, Now(), Format(_clock.GetUtcNow() + delay)).ExecuteNonQuery();
        return dead ? ItemState.Dead : ItemState.Failed;
    });

    /// <summary>Puts a dead item back in the queue by hand (attempts start again). False when no dead item has that id.</summary>
    public bool Retry(long id) => InTransaction(tx =>
        Command(tx, "UPDATE item SET state = 'pending', attempts = 0, next_attempt_at = $p1, updated_at = $p1 WHERE id = $p0 AND state = 'dead'", id, Now()).ExecuteNonQuery() > 0);

    /// <summary>Retries every dead item; returns how many.</summary>
    public int RetryAllDead() => InTransaction(tx =>
        Command(tx, "UPDATE item SET state = 'pending', attempts = 0, next_attempt_at = $p0, updated_at = $p0 WHERE state = 'dead'", Now()).ExecuteNonQuery());

    /// <summary>The dead-letter list, newest first.</summary>
    public IReadOnlyList<OutboxItem> DeadLetters(int limit = 100) => Read<IReadOnlyList<OutboxItem>>(() =>
        [.. ReadItems(Command(null, "SELECT id, source, kind, article_id, location, NULL, content_type, metadata, state, attempts, last_error, enqueued_at, updated_at FROM item WHERE state = 'dead' ORDER BY id DESC LIMIT $p0", limit))]);

    /// <summary>One item (without its content), or null.</summary>
    public OutboxItem? Get(long id) => Read(() =>
        ReadItems(Command(null, "SELECT id, source, kind, article_id, location, NULL, content_type, metadata, state, attempts, last_error, enqueued_at, updated_at FROM item WHERE id = $p0", id)).FirstOrDefault());

    public QueueCounts Counts() => Read(() =>
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        using var command = Command(null, "SELECT state, COUNT(*) FROM item GROUP BY state");
        using var reader = command.ExecuteReader();
        while (reader.Read()) counts[reader.GetString(0)] = reader.GetInt64(1);
        long Of(string s) => counts.GetValueOrDefault(s);
        return new QueueCounts(Of("pending"), Of("processing"), Of("done"), Of("failed"), Of("dead"));
    });

    /// <summary>Removes done items last touched before <paramref name="before"/> (the queue is not an archive).</summary>
    public int PruneDone(DateTimeOffset before) => InTransaction(tx =>
        Command(tx, "DELETE FROM item WHERE state = 'done' AND updated_at < $p0", Format(before)).ExecuteNonQuery());

    /// <summary>What a source last saw of each of its items.</summary>
    public IReadOnlyDictionary<string, SourceItemState> SourceStates(string source) => Read(() =>
    {
        var states = new Dictionary<string, SourceItemState>(StringComparer.Ordinal);
        using var command = Command(null, "SELECT key, article_id, stamp, hash, etag, last_modified FROM source_item WHERE source = $p0", source);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = reader.GetString(0);
            states[key] = new SourceItemState(source, key, reader.GetString(1), Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5));
        }

        return (IReadOnlyDictionary<string, SourceItemState>)states;
    });

    public void SaveState(SourceItemState state) => InTransaction(tx => { SaveStateIn(tx, state); return 0; });

    public void Dispose()
    {
        lock (_gate) _connection.Dispose();
    }

    private long EnqueueIn(SqliteTransaction tx, OutboxItem item)
    {
        var existing = Command(tx, "SELECT id FROM item WHERE source = $p0 AND article_id = $p1 AND kind = $p2 AND state = 'pending' ORDER BY id DESC LIMIT 1",
            item.Source, item.ArticleId, Name(item.Kind)).ExecuteScalar();
        if (existing is long id)
        {
            Command(tx, "UPDATE item SET location = $p1, content = $p2, content_type = $p3, metadata = $p4, updated_at = $p5 WHERE id = $p0",
                id, item.Location, item.Content, item.ContentType, JsonSerializer.Serialize(item.Metadata), Now()).ExecuteNonQuery();
            return id;
        }

        return Insert(tx, item);
    }

    private long Insert(SqliteTransaction tx, OutboxItem item)
    {
        var now = Now();
        return (long)Command(tx, """
            INSERT INTO item (source, kind, article_id, location, content, content_type, metadata, state, attempts, last_error, enqueued_at, updated_at, next_attempt_at)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p10, $p10) RETURNING id
            """, item.Source, Name(item.Kind), item.ArticleId, item.Location, item.Content, item.ContentType,
            JsonSerializer.Serialize(item.Metadata), Name(item.State), item.Attempts, item.LastError, now).ExecuteScalar()!;
    }

    private void SaveStateIn(SqliteTransaction tx, SourceItemState state) =>
        Command(tx, """
            INSERT INTO source_item (source, key, article_id, stamp, hash, etag, last_modified, seen_at) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7)
            ON CONFLICT (source, key) DO UPDATE SET article_id = $p2, stamp = $p3, hash = $p4, etag = $p5, last_modified = $p6, seen_at = $p7
            """, state.Source, state.Key, state.ArticleId, state.Stamp, state.Hash, state.ETag, state.LastModified, Format(DateTimeOffset.UtcNow)).ExecuteNonQuery();

    private T InTransaction<T>(Func<SqliteTransaction, T> work)
    {
        lock (_gate)
        {
            // IMMEDIATE: take the write lock at the start, so two processes never deadlock upgrading read locks.
            using var tx = _connection.BeginTransaction(deferred: false);
            var result = work(tx);
            tx.Commit();
            return result;
        }
    }

    private T Read<T>(Func<T> work)
    {
        lock (_gate) return work();
    }

    private SqliteCommand Command(SqliteTransaction? tx, string sql, params object?[] values)
    {
        var command = _connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++) command.Parameters.AddWithValue("$p" + i.ToString(CultureInfo.InvariantCulture), values[i] ?? DBNull.Value);
        return command;
    }

    private static IEnumerable<OutboxItem> ReadItems(SqliteCommand command)
    {
        using (command)
        {
            using var reader = command.ExecuteReader();
            var items = new List<OutboxItem>();
            while (reader.Read())
            {
                items.Add(new OutboxItem
                {
                    Id = reader.GetInt64(0),
                    Source = reader.GetString(1),
                    Kind = Enum.Parse<ItemKind>(reader.GetString(2), ignoreCase: true),
                    ArticleId = reader.GetString(3),
                    Location = Text(reader, 4),
                    Content = reader.IsDBNull(5) ? null : (byte[])reader.GetValue(5),
                    ContentType = Text(reader, 6),
                    Metadata = Text(reader, 7) is { } json ? JsonSerializer.Deserialize<ItemMetadata>(json) ?? new() : new(),
                    State = Enum.Parse<ItemState>(reader.GetString(8), ignoreCase: true),
                    Attempts = reader.GetInt32(9),
                    LastError = Text(reader, 10),
                    EnqueuedAt = DateTimeOffset.Parse(reader.GetString(11), CultureInfo.InvariantCulture),
                    UpdatedAt = DateTimeOffset.Parse(reader.GetString(12), CultureInfo.InvariantCulture),
                });
            }

            return items;
        }
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private string Now() => Format(_clock.GetUtcNow());

    // Fixed-width UTC round-trip text sorts in time order, which the due-item query relies on.
    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>What a source last saw of one item: its key (relative path, URL, feed guid), article id, and change markers.</summary>
public sealed record SourceItemState(string Source, string Key, string ArticleId, string? Stamp, string? Hash, string? ETag = null, string? LastModified = null);
