using System.Text.Json;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Graph.Bench.Store;

/// <summary>
/// The floor under the 1-hop neighborhood: the three queries the store runs for it (the start's links, outgoing ones
/// with their details, which become edges; the entities with their other names; the other nodes' outgoing relations into
/// the node set), stepped on SQLite's own handle with the columns read but no strings or objects made. The store's
/// figure beside this one is the ratio that shows what the C# side costs; what is left is SQLite seeking about 3,000
/// keys (entity numbers).
/// </summary>
/// <remarks>
/// The machine these figures come from runs at two speeds, seconds to minutes apart (the same SQLite loop takes 2× as
/// long in one), so <see cref="Interleaved"/> times the store's call and the floor's queries turn about, in one window.
/// </remarks>
internal sealed class RawNeighborhood : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly sqlite3_stmt links;
    private readonly sqlite3_stmt linksIn;
    private readonly sqlite3_stmt entities;
    private readonly sqlite3_stmt edges;
    private readonly string start;
    private readonly string all;
    private readonly string others;
    private long sink;

    private RawNeighborhood(string path, string hubId)
    {
        connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
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

        links = Prepare(db, "SELECT j.key, r.object_n, r.support, 0, r.type, r.confidence, r.first_seen, r.last_seen FROM json_each(?1) j CROSS JOIN relation r ON r.subject_n = j.value");
        linksIn = Prepare(db, "SELECT j.key, r.subject_n, r.support FROM json_each(?1) j CROSS JOIN relation r ON r.object_n = j.value");
        entities = Prepare(db, """
            SELECT j.key, e.id, e.type, e.name, e.mention_count, e.other_names FROM json_each(?1) j CROSS JOIN entity e ON e.n = j.value
            """);
        edges = Prepare(db, "SELECT j.key, r.object_n, r.type, r.support, r.confidence, r.first_seen, r.last_seen FROM json_each(?1) j CROSS JOIN relation r ON r.subject_n = j.value WHERE r.object_n IN (SELECT value FROM json_each(?2))");
        start = JsonSerializer.Serialize(numbers);
        Step(links, start, row => numbers.Add(raw.sqlite3_column_int64(row, 1)));
        Step(linksIn, start, row => numbers.Add(raw.sqlite3_column_int64(row, 1)));
        all = JsonSerializer.Serialize(numbers.Distinct());
        others = JsonSerializer.Serialize(numbers.Distinct().Skip(1));
    }

    /// <summary>Each query's thread CPU p50 over <paramref name="runs"/> runs (after a tenth as many unmeasured).</summary>
    public static (double Links, double Entities, double Edges) Measure(string path, string hubId, int runs)
    {
        using var floor = new RawNeighborhood(path, hubId);
        var times = new double[3][];
        for (var part = 0; part < 3; part++)
        {
            times[part] = new double[runs];
            for (var i = -runs / 10; i < runs; i++)
            {
                var before = CpuClock.ThreadMilliseconds();
                floor.Run(part);
                if (i >= 0)
                {
                    times[part][i] = CpuClock.ThreadMilliseconds() - before;
                }
            }
        }

        return (Median(times[0]), Median(times[1]), Median(times[2]));
    }

    /// <summary>
    /// The store's call and the floor's three queries in turn, <paramref name="runs"/> times: thread CPU p50 of each, and
    /// the median of the per-turn ratios (store / floor), which the machine's speed changes do not move.
    /// </summary>
    public static async Task<(double Store, double Floor, double Ratio)> Interleaved(string path, string hubId, int runs, Func<Task> store)
    {
        using var floor = new RawNeighborhood(path, hubId);
        var storeTimes = new double[runs];
        var floorTimes = new double[runs];
        var ratios = new double[runs];
        for (var i = -runs / 10; i < runs; i++)
        {
            var before = CpuClock.ThreadMilliseconds();
            await store();
            var between = CpuClock.ThreadMilliseconds();
            floor.Run(0);
            floor.Run(1);
            floor.Run(2);
            var after = CpuClock.ThreadMilliseconds();
            if (i >= 0)
            {
                (storeTimes[i], floorTimes[i]) = (between - before, after - between);
                ratios[i] = storeTimes[i] / floorTimes[i];
            }
        }

        return (Median(storeTimes), Median(floorTimes), Median(ratios));
    }

    public void Dispose()
    {
        links.Dispose();
        linksIn.Dispose();
        entities.Dispose();
        edges.Dispose();
        connection.Dispose();
        GC.KeepAlive(sink);
    }

    private static double Median(double[] times)
    {
        Array.Sort(times);
        return times[times.Length / 2];
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

    /// <summary>One of the three queries (0 links, 1 entities, 2 edges), every row's columns read.</summary>
    private void Run(int part)
    {
        switch (part)
        {
            case 0:
                Step(links, start, row => ReadAll(row, 8));
                Step(linksIn, start, row => ReadAll(row, 3));
                break;
            case 1:
                Step(entities, all, row => ReadAll(row, 6));
                break;
            default:
                Step(edges, others, row => ReadAll(row, 7), all);
                break;
        }
    }

    private void ReadAll(sqlite3_stmt row, int columns)
    {
        // Each value as its own type: asking a number for its bytes would make SQLite write it out as text first.
        for (var c = 0; c < columns; c++)
        {
            sink += raw.sqlite3_column_type(row, c) switch
            {
                raw.SQLITE_INTEGER => raw.sqlite3_column_int64(row, c),
                raw.SQLITE_FLOAT => (long)raw.sqlite3_column_double(row, c),
                raw.SQLITE_NULL => 0,
                _ => raw.sqlite3_column_bytes(row, c),
            };
        }
    }
}
