using System.Diagnostics;
using System.Globalization;
using Graph.Bench.Extraction;
using Graph.Extraction.Input;
using Graph.Extraction.Pipeline;
using Graph.Ingestion;
using Graph.Ingestion.Configuration;
using Graph.Ingestion.Queue;
using Graph.Store.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

// Graph.Bench.Ingestion [--limit N] [--data DIR]: the BBC articles through the whole service (outbox, engine,
// extraction on all cores, batched SQLite writes) beside bare extraction of the same files on all cores, in one run.
var limit = int.MaxValue;
string? data = null;
for (var i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--limit") limit = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    if (args[i] == "--data") data = args[i + 1];
}

var paths = CorpusFiles.ArticlePaths(data ?? CorpusFiles.DefaultFolder(), limit);
Console.WriteLine($"corpus: {paths.Count} BBC articles; {Environment.ProcessorCount} cores; load average at start {LoadAverage()}");
var pipeline = DefaultPipeline.Create(Graph.Core.Ontology.GraphOntology.Default);
// Models load and the JIT warms on a few articles first, so neither run pays for them.
foreach (var path in paths.Take(20)) pipeline.Extract(ArticleReader.ReadFile(path));

// 1. Bare extraction: read each file from disk, extract, on all cores; nothing stored.
var clock = Stopwatch.StartNew();
var facts = 0L;
Parallel.ForEach(paths, path => Interlocked.Add(ref facts, pipeline.Extract(ArticleReader.ReadFile(path)).Facts.Statements.Count));
var bare = clock.Elapsed;
Report("bare extraction (all cores)", paths.Count, facts, bare);

// 2. The service: every file queued in the outbox, then drained by the engine into a fresh SQLite store.
var folder = Directory.CreateTempSubdirectory("graph-bench-ingestion-").FullName;
try
{
    await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = Path.Combine(folder, "graph.db") });
    using var service = new IngestionService(new IngestionOptions(), Path.Combine(folder, "graph.db.queue.db"), store, () => pipeline, NullLoggerFactory.Instance);
    var written = 0L;
    var dead = 0;
    service.Completed += c =>
    {
        Interlocked.Add(ref written, c.Facts?.Statements.Count ?? 0);
        if (c.Outcome == "dead") Interlocked.Increment(ref dead);
    };
    clock.Restart();
    // BBC file names repeat across categories (business/001.txt, sport/001.txt): the category makes the id unique.
    service.Outbox.EnqueueAll([.. paths.Select(p => new OutboxItem
    {
        Source = "bench", Kind = ItemKind.File, Location = p,
        ArticleId = $"{Path.GetFileName(Path.GetDirectoryName(p))}-{Path.GetFileNameWithoutExtension(p)}",
    })]);
    await service.DrainAsync(CancellationToken.None);
    var whole = clock.Elapsed;
    var counts = await store.GetCountsAsync();
    Report("whole service into SQLite", counts.Articles, written, whole);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"service / bare extraction (articles/s): {bare.TotalSeconds / whole.TotalSeconds:0.00} (target >= 0.8); dead letters {dead}; statements stored {counts.Statements}"));
}
finally
{
    Directory.Delete(folder, recursive: true);
}

using var self = Process.GetCurrentProcess();
Console.WriteLine($"peak working set: {self.PeakWorkingSet64 / (1024 * 1024)} MB; load average at end {LoadAverage()}");

static void Report(string what, long articles, long statements, TimeSpan elapsed) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what}: {articles} articles, {statements} facts in {elapsed.TotalSeconds:0.0} s: {articles / elapsed.TotalSeconds:0.0} articles/s, {statements / elapsed.TotalSeconds:0.0} facts/s"));

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
