using System.Diagnostics;
using System.Globalization;
using Graph.Bench.Store;
using Graph.Core.Model;
using Graph.Core.Names;
using Graph.Store;
using Graph.Store.Sqlite;

// Graph.Bench.Store: writes into the SQLite store against raw SQLite inserts of the same rows, then reads on the
// 1,000,000-relation graph those writes built, then the process's peak memory. Usage: [relations] [folder].
var targetRelations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var folder = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "graph-bench-store");
const int BatchSize = 200;
const int EntityPool = 250_000;
const double ZipfExponent = 0.9;

if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
{
    // One core: the write figure is per core, and the GC cannot borrow a second one.
    Process.GetCurrentProcess().ProcessorAffinity = 1;
}

Directory.CreateDirectory(folder);
foreach (var stale in Directory.GetFiles(folder, "*.db*"))
{
    File.Delete(stale);
}

var storePath = Path.Combine(folder, "store.db");
var rawPath = Path.Combine(folder, "raw.db");
Console.WriteLine($"Graph.Bench.Store  {DateTime.UtcNow:u}  .NET {Environment.Version}  {Environment.ProcessorCount} cores (pinned to 1)  files under {folder}");
Console.WriteLine($"graph: {targetRelations:N0} relations; entities Zipf(s={ZipfExponent}) over {EntityPool:N0}; 10 entities and 12 statements an article; batches of {BatchSize} articles");
Console.WriteLine();

// ---- (a) writes ----
var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = storePath });
var news = new SyntheticNews(EntityPool, ZipfExponent);
long statements = 0;
var writeClock = new Stopwatch();
var batch = new List<ArticleFacts>(BatchSize);
async Task Flush()
{
    if (batch.Count == 0)
    {
        return;
    }

    statements += batch.Sum(a => a.Statements.Count);
    writeClock.Start();
    await store.PutArticlesAsync(batch);
    writeClock.Stop();
    batch.Clear();
}

var progress = Stopwatch.StartNew();
foreach (var article in news.HubArticles(1000).Concat(news.Articles(targetRelations)))
{
    batch.Add(article);
    if (batch.Count == BatchSize)
    {
        await Flush();
        if (progress.Elapsed.TotalSeconds > 15)
        {
            Console.WriteLine($"  … {statements:N0} statements, {news.DistinctRelations:N0} relations, {statements / writeClock.Elapsed.TotalSeconds:N0} statements/s");
            progress.Restart();
        }
    }
}

await Flush();
var storeRate = statements / writeClock.Elapsed.TotalSeconds;
var counts = await store.GetCountsAsync();
Console.WriteLine($"store writes:  {statements:N0} statements ({counts.Articles:N0} articles) in {writeClock.Elapsed.TotalSeconds:N1} s = {storeRate:N0} statements/s");
Console.WriteLine($"  graph built: {counts.Entities:N0} entities, {counts.Relations:N0} relations, {counts.Statements:N0} statements; file {new FileInfo(storePath).Length / 1e6:N0} MB");

var rawRows = new SyntheticNews(EntityPool, ZipfExponent);
var (rawStatements, rawSeconds) = RawInsert.Run(rawPath, rawRows.HubArticles(1000).Concat(rawRows.Articles(targetRelations)), BatchSize);
var rawRate = rawStatements / rawSeconds;
Console.WriteLine($"raw SQLite:    {rawStatements:N0} statement rows (same rows, same table and indexes, prepared insert, same batches) in {rawSeconds:N1} s = {rawRate:N0} rows/s");
Console.WriteLine($"ratio:         store / raw = {storeRate / rawRate:P0}  (target: store >= 100,000 statements/s: {(storeRate >= 100_000 ? "met" : "NOT met")})");
Console.WriteLine();

// ---- (b) reads ----
var hubId = "person:" + NameKey.Of(SyntheticNews.HubName).Replace(' ', '-');
var hub = await store.GetNeighborhoodAsync(new NeighborhoodQuery(hubId, 1, Limit: 1001));
Console.WriteLine($"hub {hubId}: degree {(await store.GetRelationsAsync(new RelationQuery(hubId) { First = 0 })).TotalCount:N0}; 1-hop neighborhood {hub.Nodes.Count:N0} nodes, {hub.Edges.Count:N0} edges, truncated {hub.Truncated}");

var random = new Random(7);
var ids = (await store.SearchEntitiesAsync(new EntitySearch("holdings") { First = 1 })).TotalCount; // warms the index
string RandomEntityName() => news.Names[random.Next(news.Names.Count)];
async Task<string> RandomEntityId()
{
    while (true)
    {
        var found = await store.FindEntitiesByNameAsync(RandomEntityName());
        if (found.Count > 0)
        {
            return found[0].Id;
        }
    }
}

await Measure("1-hop neighborhood of the 1,000-degree node (limit 1,001)", 5, 20, 300, async () => await store.GetNeighborhoodAsync(new NeighborhoodQuery(hubId, 1, Limit: 1001)));

var pairs = new List<(string, string)>();
for (var i = 0; i < 320; i++)
{
    pairs.Add((await RandomEntityId(), await RandomEntityId()));
}

var pathIndex = 0;
var found = 0;
var hopsSeen = new int[6];
await Measure("shortest paths up to 4 hops, random pairs (limit 10 paths)", 50, 20, 300, async () =>
{
    var (from, to) = pairs[pathIndex++ % pairs.Count];
    var paths = await store.FindPathsAsync(new PathQuery(from, to, MaxHops: 4, Limit: 10));
    if (pathIndex > 20)
    {
        found += paths.Count > 0 ? 1 : 0;
        hopsSeen[paths.Count > 0 ? paths[0].Edges.Count : 5]++;
    }
});
Console.WriteLine($"  paths found for {found} of 300 pairs; shortest length: {string.Join(", ", hopsSeen.Select((n, h) => h == 5 ? $"none {n}" : $"{h} hops {n}"))}");

var prefixes = Enumerable.Range(0, 600).Select(_ =>
{
    var name = RandomEntityName();
    var word = name.Split(' ')[^1].Length > 3 ? name.Split(' ')[^1] : name.Split(' ')[0];
    return word[..Math.Min(word.Length, 4 + random.Next(3))];
}).ToList();
var searchIndex = 0;
await Measure("full-text entity search, prefix of a name (first 20 hits)", 5, 50, 500, async () => await store.SearchEntitiesAsync(new EntitySearch(prefixes[searchIndex++ % prefixes.Count]) { First = 20 }));

// ---- (c) memory ----
GC.Collect();
using var self = Process.GetCurrentProcess();
self.Refresh();
Console.WriteLine();
Console.WriteLine($"memory: working set now {self.WorkingSet64 / 1e6:N0} MB, peak working set {self.PeakWorkingSet64 / 1e6:N0} MB (whole process: store, its SQLite caches, and the generator's bookkeeping)");
await store.DisposeAsync();

static async Task Measure(string what, double targetMs, int warmup, int runs, Func<Task> action)
{
    for (var i = 0; i < warmup; i++)
    {
        await action();
    }

    var times = new double[runs];
    for (var i = 0; i < runs; i++)
    {
        var clock = Stopwatch.StartNew();
        await action();
        times[i] = clock.Elapsed.TotalMilliseconds;
    }

    Array.Sort(times);
    double P(double q) => times[Math.Min(times.Length - 1, (int)Math.Ceiling(q * times.Length) - 1)];
    var verdict = P(0.5) < targetMs && P(0.99) < targetMs ? "met" : P(0.5) < targetMs ? "met at p50, not p99" : "NOT met";
    Console.WriteLine($"{what}: p50 {P(0.5):N2} ms, p99 {P(0.99):N2} ms, max {times[^1]:N2} ms over {runs} runs (target < {targetMs} ms: {verdict})");
}
