using System.Text.Json;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Graph.Bench.Store;

/// <summary>
/// The floor under the 1-hop neighborhood: the three queries the store runs for it (the start's links, outgoing ones
/// with their details, which become edges; the entities with their aliases; the other nodes' outgoing relations into
/// the node set), stepped on SQLite's own handle with the columns read but no strings or objects made. The store's figure beside this one, in the same run, is the
/// ratio that shows what the C# side costs; what is left is SQLite seeking about 3,000 keys (entity numbers).
/// </summary>
internal static class RawNeighborhood
{
    public static (double Links, double Entities, double Edges) Measure(string path, string hubId, int runs)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            // The store's reader settings (ReaderPool).
            pragma.CommandText = "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -32768; BEGIN";
            pragma.ExecuteNonQuery();
        }

        var db = connection.Handle!;
        using var hub = Prepare(db, "SELECT n FROM entity WHERE id = ?1");
        var numbers = new List<long>();
        raw.sqlite3_bind_text(hub, 1, hubId);
        if (raw.sqlite3_step(hub) == raw.SQLITE_ROW)
        {
            numbers.Add(raw.sqlite3_column_int64(hub, 0));
        }

        using var links = Prepare(db, "SELECT j.key, r.object_n, r.support, 0, r.type, r.confidence, r.first_seen, r.last_seen FROM json_each(?1) j CROSS JOIN relation r ON r.subject_n = j.value");
        using var linksIn = Prepare(db, "SELECT j.key, r.subject_n, r.support FROM json_each(?1) j CROSS JOIN relation r ON r.object_n = j.value");
        using var entities = Prepare(db, """
            SELECT j.key, e.id, e.type, e.name, e.mention_count, a.alias FROM json_each(?1) j CROSS JOIN entity e ON e.n = j.value
            LEFT JOIN entity_alias a ON a.entity_n = e.n AND a.alias_key <> e.name_key
            """);
        using var edges = Prepare(db, "SELECT j.key, r.object_n, r.type, r.support, r.confidence, r.first_seen, r.last_seen FROM json_each(?1) j CROSS JOIN relation r ON r.subject_n = j.value WHERE r.object_n IN (SELECT value FROM json_each(?2))");
        var start = JsonSerializer.Serialize(numbers);
        Step(links, start, row => numbers.Add(raw.sqlite3_column_int64(row, 1)));
        Step(linksIn, start, row => numbers.Add(raw.sqlite3_column_int64(row, 1)));
        var all = JsonSerializer.Serialize(numbers.Distinct());
        var others = JsonSerializer.Serialize(numbers.Distinct().Skip(1));

        long sink = 0;
        void ReadAll(sqlite3_stmt row, int columns)
        {
            for (var c = 0; c < columns; c++)
            {
                sink += raw.sqlite3_column_bytes(row, c);
            }
        }

        double Time(Action action)
        {
            var times = new double[runs];
            for (var i = -runs / 10; i < runs; i++)
            {
                var before = CpuClock.ThreadMilliseconds();
                action();
                if (i >= 0)
                {
                    times[i] = CpuClock.ThreadMilliseconds() - before;
                }
            }

            Array.Sort(times);
            return times[runs / 2];
        }

        var result = (
            Time(() =>
            {
                Step(links, start, row => ReadAll(row, 8));
                Step(linksIn, start, row => ReadAll(row, 3));
            }),
            Time(() => Step(entities, all, row => ReadAll(row, 6))),
            Time(() => Step(edges, others, row => ReadAll(row, 7), all)));
        GC.KeepAlive(sink);
        return result;
    }

    private static sqlite3_stmt Prepare(sqlite3 db, string sql)
    {
        if (raw.sqlite3_prepare_v2(db, sql, out var statement) != raw.SQLITE_OK)
        {
            throw new InvalidOperationException(raw.sqlite3_errmsg(db).utf8_to_string());
        }

        return statement;
    }

    private static void Step(sqlite3_stmt statement, string json, Action<sqlite3_stmt> row, string? json2 = null)
    {
        raw.sqlite3_bind_text(statement, 1, json);
        if (json2 is not null)
        {
            raw.sqlite3_bind_text(statement, 2, json2);
        }

        while (raw.sqlite3_step(statement) == raw.SQLITE_ROW)
        {
            row(statement);
        }

        raw.sqlite3_reset(statement);
    }
}
