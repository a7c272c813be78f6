using System.Diagnostics;
using Graph.Core.Model;
using Microsoft.Data.Sqlite;
using Graph.Store.Sqlite;

namespace Graph.Bench.Store;

/// <summary>
/// The baseline: the same statement rows inserted straight into the store's own statement table — the file is created
/// by opening a <see cref="SqliteGraphStore"/> on it, so the schema migrations give the same columns, key and indexes —
/// with the store's pragmas (WAL, synchronous NORMAL, 64 MB cache), one INSERT prepared on SQLite's own handle (bind,
/// step, reset: the fastest way SQLite takes rows) and the same batches, and nothing else: no article, entity, mention,
/// name, relation or search rows, no resolution, no foreign-key checks (they would need those rows).
/// </summary>
internal sealed class RawInsert : IDisposable
{
    /// <summary>What "raw" is, for the bench's output.</summary>
    public const string Includes = "the store's statement table with its key and indexes, created by the store's migrations; statement rows only";

    private readonly SqliteConnection connection;
    private readonly SQLitePCL.sqlite3_stmt insert;
    private readonly BenchRows rowsOf = new();
    private readonly Stopwatch clock = new();
    private TimeSpan cpu;

    private RawInsert(SqliteConnection connection)
    {
        this.connection = connection;
        BenchRows.Execute(connection, BenchRows.Pragmas);
        insert = BenchRows.Prepare(connection, $"INSERT INTO statement ({BenchRows.StatementColumns}) VALUES ({string.Join(", ", Enumerable.Range(1, 24).Select(i => $"?{i}"))})");
    }

    public long Rows { get; private set; }

    public double Seconds => clock.Elapsed.TotalSeconds;

    public double CpuSeconds => cpu.TotalSeconds;

    /// <summary>A new file with the store's schema (made by opening the store on it).</summary>
    public static async Task<RawInsert> OpenAsync(string path)
    {
        await (await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path })).DisposeAsync();
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return new RawInsert(connection);
    }

    /// <summary>One batch's statement rows in one transaction; the rows are built before the timing starts.</summary>
    public void Write(IReadOnlyList<ArticleFacts> batch)
    {
        var statements = batch.SelectMany(a => rowsOf.Statements(a, rowsOf.NextSeq())).ToList();
        var cpuBefore = CpuClock.Process;
        clock.Start();
        using (var transaction = connection.BeginTransaction())
        {
            BenchRows.Insert(connection, insert, statements);
            transaction.Commit();
        }

        clock.Stop();
        cpu += CpuClock.Process - cpuBefore;
        Rows += statements.Count;
    }

    public void Dispose()
    {
        insert.Dispose();
        connection.Dispose();
    }
}
