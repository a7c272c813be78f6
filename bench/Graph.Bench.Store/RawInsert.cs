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
internal static class RawInsert
{
    /// <summary>What "raw" is, for the bench's output.</summary>
    public const string Includes = "the store's statement table with its key and indexes, created by the store's migrations; statement rows only";

    public static async Task<(long Rows, double Seconds, double CpuSeconds)> Run(string path, IEnumerable<ArticleFacts> articles, int batchSize)
    {
        await (await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path })).DisposeAsync();
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        BenchRows.Execute(connection, BenchRows.Pragmas);
        using var insert = BenchRows.Prepare(connection, $"INSERT INTO statement ({BenchRows.StatementColumns}) VALUES ({string.Join(", ", Enumerable.Range(1, 24).Select(i => $"?{i}"))})");

        var rowsOf = new BenchRows();
        long rows = 0;
        var cpu = TimeSpan.Zero;
        var clock = new Stopwatch();
        foreach (var batch in articles.Chunk(batchSize))
        {
            // Built outside the timing: the baseline is SQLite taking the rows.
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
            rows += statements.Count;
        }

        return (rows, clock.Elapsed.TotalSeconds, cpu.TotalSeconds);
    }
}
