using System.Diagnostics;
using System.Globalization;
using Graph.Bench.Store;
using Graph.Core.Model;
using Graph.Core.Names;
using Graph.Store;
using Graph.Store.Sqlite;

// Graph.Bench.Store: writes into the SQLite store against raw SQLite inserts of the same rows and against the lean
// floor (what a lean store answering the port must write) on a sample of writeSample statements; then the graph grown
// to 1,000,000 relations, reads on it, and the process's peak memory.
// Usage: [--quick] [--writes-only | --reads-only] [relations] [writeSample] [folder]
//   --quick        a 200,000-relation graph and a 30,000-statement write sample (a couple of minutes)
//   --writes-only  stop after the write figures
//   --reads-only   re-measure reads on the graph a full run left in the folder
var flags = args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var unknown = flags.Except(["--quick", "--writes-only", "--reads-only"]).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"unknown option {unknown[0]}; usage: [--quick] [--writes-only | --reads-only] [relations] [writeSample] [folder]");
    return 2;
}

var quick = flags.Contains("--quick");
var writesOnly = flags.Contains("--writes-only");
var sizes = positional.Take(2).Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (int?)null).ToList();
if (sizes.IndexOf(null) is var bad and >= 0)
{
    Console.Error.WriteLine($"'{positional[bad]}' is not a positive whole number ({(bad == 0 ? "relations" : "writeSample")}); usage: [--quick] [--writes-only | --reads-only] [relations] [writeSample] [folder]");
    return 2;
}

var targetRelations = sizes.Count > 0 ? sizes[0]!.Value : quick ? 200_000 : 1_000_000;
var writeSample = sizes.Count > 1 ? sizes[1]!.Value : quick ? 30_000 : 60_000;
var folder = positional.Length > 2 ? positional[2] : Path.Combine(Path.GetTempPath(), "graph-bench-store");
var readsOnly = flags.Contains("--reads-only") || (positional.Length > 3 && positional[3] == "reads-only");
const int BatchSize = 200;
const int WarmupArticles = 3000;
const int EntityPool = 250_000;
const double ZipfExponent = 0.9;

if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
{
    // One core: the write figure is per core, and the GC cannot borrow a second one.
    Process.GetCurrentProcess().ProcessorAffinity = 1;
}

Directory.CreateDirectory(folder);
foreach (var stale in readsOnly ? [] : Directory.GetFiles(folder, "*.db*"))
{
    File.Delete(stale);
}

var storePath = Path.Combine(folder, "store.db");
var rawPath = Path.Combine(folder, "raw.db");
var leanPath = Path.Combine(folder, "lean.db");
Console.WriteLine($"load average at start: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a")} (wall times include waiting for a core; CPU times do not)");
Console.WriteLine($"Graph.Bench.Store  {DateTime.UtcNow:u}  .NET {Environment.Version}  {Environment.ProcessorCount} cores (pinned to 1)  files under {folder}");
Console.WriteLine($"graph: {targetRelations:N0} relations; entities Zipf(s={ZipfExponent}) over {EntityPool:N0}; 10 entities and 12 statements an article; batches of {BatchSize} articles");
Console.WriteLine();

// ---- (a) writes ----
if (!readsOnly)
{
    // Warm-up on throwaway files: the same code paths, so that the measured runs pay for neither the JIT nor the
    // tiered recompilation that follows it (on one pinned core, that would otherwise be billed to the first batches).
    var warmStore = Path.Combine(folder, "warmup-store.db");
    await using (var warm = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = warmStore }))
    {
        foreach (var chunk in new SyntheticNews(EntityPool, ZipfExponent).Articles(int.MaxValue).Take(WarmupArticles).Chunk(BatchSize))
        {
            await warm.PutArticlesAsync(chunk);
        }
    }

    using (var warmRaw = await RawInsert.OpenAsync(Path.Combine(folder, "warmup-raw.db")))
    using (var warmLean = new LeanInsert(Path.Combine(folder, "warmup-lean.db")))
    using (var warmPacked = new LeanInsert(Path.Combine(folder, "warmup-packed.db"), LeanInsert.Layout.PackedFacts))
    {
        foreach (var chunk in new SyntheticNews(EntityPool, ZipfExponent).Articles(int.MaxValue).Take(WarmupArticles).Chunk(BatchSize))
        {
            warmRaw.Write(chunk);
            warmLean.Write(chunk);
            warmPacked.Write(chunk);
        }
    }
    await Task.Delay(1000);
    Console.WriteLine($"warm-up: {WarmupArticles:N0} articles written to throwaway files by every writer first (not counted)");
}

var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = storePath });
var news = new SyntheticNews(EntityPool, ZipfExponent);
GraphCounts counts;
if (!readsOnly)
{
long statements = 0;
var writeClock = new Stopwatch();
var writeCpu = TimeSpan.Zero;
var writeThreadMs = 0.0;
var batch = new List<ArticleFacts>(BatchSize);

// The baselines take each batch right after the store: the machine's speed changes within seconds, and in turns all
// three are measured in the same phase, so their ratios hold even when the absolute figures move.
using var raw = await RawInsert.OpenAsync(rawPath);
using var lean = new LeanInsert(leanPath);
using var packed = new LeanInsert(Path.Combine(folder, "packed.db"), LeanInsert.Layout.PackedFacts);
using var packedUnsearchable = new LeanInsert(Path.Combine(folder, "packed-unsearchable.db"), LeanInsert.Layout.PackedFacts, withSearch: false);
async Task Flush()
{
    if (batch.Count == 0)
    {
        return;
    }

    statements += batch.Sum(a => a.Statements.Count);
    var cpuBefore = CpuClock.Process;
    var threadBefore = CpuClock.ThreadMilliseconds();
    writeClock.Start();
    await store.PutArticlesAsync(batch);
    writeClock.Stop();
    writeCpu += CpuClock.Process - cpuBefore;
    writeThreadMs += CpuClock.ThreadMilliseconds() - threadBefore;
    raw.Write(batch);
    lean.Write(batch);
    packed.Write(batch);
    packedUnsearchable.Write(batch);
    batch.Clear();
}

var progress = Stopwatch.StartNew();
var stream = news.HubArticles(1000).Concat(news.Articles(targetRelations)).GetEnumerator();
while (statements < writeSample && stream.MoveNext())
{
    batch.Add(stream.Current);
    if (batch.Count == BatchSize)
    {
        await Flush();
        if (progress.Elapsed.TotalSeconds > 15)
        {
            Console.WriteLine($"  … {statements:N0} statements, {news.DistinctRelations:N0} relations, {statements / writeCpu.TotalSeconds:N0} statements per CPU-second, {statements / writeClock.Elapsed.TotalSeconds:N0} per wall-second");
            progress.Restart();
        }
    }
}

await Flush();
var storeRate = statements / writeCpu.TotalSeconds;
counts = await store.GetCountsAsync();
Console.WriteLine($"store writes:  {statements:N0} statements ({counts.Articles:N0} articles) in {writeCpu.TotalSeconds:N1} CPU-s ({writeClock.Elapsed.TotalSeconds:N1} s wall) = {storeRate:N0} statements per CPU-second ({statements / writeClock.Elapsed.TotalSeconds:N0} per wall-second; the writing thread's own CPU: {writeThreadMs / 1e3:N1} s = {statements / (writeThreadMs / 1e3):N0} per CPU-second)");
Console.WriteLine($"  graph built: {counts.Entities:N0} entities, {counts.Relations:N0} relations, {counts.Statements:N0} statements; file {new FileInfo(storePath).Length / 1e6:N0} MB");

var rawRate = raw.Rows / raw.CpuSeconds;
Console.WriteLine($"raw SQLite:    {raw.Rows:N0} statement rows (the same batches, each right after the store's; {RawInsert.Includes}; bind/step/reset on SQLite's handle) in {raw.CpuSeconds:N1} CPU-s ({raw.Seconds:N1} s wall) = {rawRate:N0} rows per CPU-second ({raw.Rows / raw.Seconds:N0} per wall-second)");
var leanRate = lean.Rows / lean.CpuSeconds;
Console.WriteLine($"lean floor:    {lean.Rows:N0} statements (the same batches, each right after the store's; {LeanInsert.Includes}; rows built before timing, bind/step/reset on SQLite's handle) in {lean.CpuSeconds:N1} CPU-s = {leanRate:N0} statements per CPU-second");
var (packedRate, unsearchableRate) = (packed.Rows / packed.CpuSeconds, packedUnsearchable.Rows / packedUnsearchable.CpuSeconds);
Console.WriteLine($"packed floor:  {packed.Rows:N0} statements (the same batches; {LeanInsert.PackedIncludes}) in {packed.CpuSeconds:N1} CPU-s = {packedRate:N0} statements per CPU-second; without the full-text rows: {unsearchableRate:N0}");
Console.WriteLine($"ratio:         store / raw = {storeRate / rawRate:P1} (CPU time), {(statements / writeClock.Elapsed.TotalSeconds) / (raw.Rows / raw.Seconds):P1} (wall time); store / lean = {storeRate / leanRate:P1}; lean / raw = {leanRate / rawRate:P1}; packed / raw = {packedRate / rawRate:P1}, without full-text {unsearchableRate / rawRate:P1}");
var fastestFloor = new[] { ("the lean floor", leanRate), ("the packed floor", packedRate), ("the packed floor without full-text rows", unsearchableRate) }.MaxBy(f => f.Item2);
Console.WriteLine($"target:        store >= 100,000 statements/s on one core: {(storeRate >= 100_000 ? "met" : "NOT met")} (CPU time); the fastest floor ({fastestFloor.Item1}) {(fastestFloor.Item2 >= 100_000 ? "reaches" : "does not reach")} it here");
Console.WriteLine($"SQLite memory statistics: {(SQLitePCL.raw.sqlite3_memory_used() == 0 ? "off (the store turned them off before SQLite started)" : "on")}");
Console.WriteLine();
if (writesOnly)
{
    await store.DisposeAsync();
    return 0;
}

// ---- (b) reads, on the graph grown to the target size ----
await store.DisposeAsync();
var growClock = Stopwatch.StartNew();
BulkGraphLoader.Load(storePath, Rest(stream), () => news.DistinctRelations >= targetRelations);
store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = storePath });
Console.WriteLine($"graph grown (bulk-loaded into the store schema, {growClock.Elapsed.TotalSeconds:N0} s)");
}

counts = await store.GetCountsAsync();
Console.WriteLine($"graph: {counts.Entities:N0} entities, {counts.Relations:N0} relations; file {new FileInfo(storePath).Length / 1e6:N0} MB");

var hubId = "person:" + NameKey.Of(SyntheticNews.HubName).Replace(' ', '-');
var hub = await store.GetNeighborhoodAsync(new NeighborhoodQuery(hubId, 1, Limit: 1001));
Console.WriteLine($"hub {hubId}: degree {(await store.GetRelationsAsync(new RelationQuery(hubId) { First = 0 })).TotalCount:N0}; 1-hop neighborhood {hub.Nodes.Count:N0} nodes, {hub.Edges.Count:N0} edges, truncated {hub.Truncated}");

var random = new Random(7);
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

// Warmed up with as many calls as are measured: right after the store opens, the first 300 calls still run code the
// JIT has yet to tier up (back to back in one run: p50 5.06 / p99 15.8 ms, then 4.28 / 6.19 ms).
await Measure("1-hop neighborhood of the 1,000-degree node (limit 1,001)", 5, 300, 300, async () => await store.GetNeighborhoodAsync(new NeighborhoodQuery(hubId, 1, Limit: 1001)));
await Measure("1-hop neighborhood of the 1,000-degree node (port default limit 200)", 5, 20, 300, async () => await store.GetNeighborhoodAsync(new NeighborhoodQuery(hubId, 1)));

var pairs = new List<(string, string)>();
for (var i = 0; i < 320; i++)
{
    pairs.Add((await RandomEntityId(), await RandomEntityId()));
}

var pathIndex = 0;
var found = 0;
var hopsSeen = new int[6];
var pathTimes = new List<(double CpuMs, string From, string To, int Hops)>();
await Measure("shortest paths up to 4 hops, random pairs (limit 10 paths)", 50, 20, 300, async () =>
{
    var (from, to) = pairs[pathIndex++ % pairs.Count];
    var cpuStart = CpuClock.ThreadMilliseconds();
    var paths = await store.FindPathsAsync(new PathQuery(from, to, MaxHops: 4, Limit: 10));
    if (pathIndex > 20)
    {
        found += paths.Count > 0 ? 1 : 0;
        hopsSeen[paths.Count > 0 ? paths[0].Edges.Count : 5]++;
        pathTimes.Add((CpuClock.ThreadMilliseconds() - cpuStart, from, to, paths.Count > 0 ? paths[0].Edges.Count : -1));
    }
});
Console.WriteLine($"  paths found for {found} of 300 pairs; shortest length: {string.Join(", ", hopsSeen.Select((n, h) => h == 5 ? $"none {n}" : $"{h} hops {n}"))}");
foreach (var slow in pathTimes.OrderByDescending(t => t.CpuMs).Take(5))
{
    async Task<int> Degree(string id) => (await store.GetRelationsAsync(new RelationQuery(id) { First = 0 })).TotalCount;
    Console.WriteLine($"  slow: {slow.CpuMs:N1} ms CPU, {slow.From} (degree {await Degree(slow.From):N0}) to {slow.To} (degree {await Degree(slow.To):N0}), {(slow.Hops < 0 ? "no path" : $"{slow.Hops} hops")}");
}

var prefixes = Enumerable.Range(0, 600).Select(_ =>
{
    var name = RandomEntityName();
    var word = name.Split(' ')[^1].Length > 3 ? name.Split(' ')[^1] : name.Split(' ')[0];
    return word[..Math.Min(word.Length, 4 + random.Next(3))];
}).ToList();
var searchIndex = 0;
var searchTimes = new List<(double CpuMs, string Text, int Total)>();
await Measure("full-text entity search, prefix of a name (first 20 hits)", 5, 50, 500, async () =>
{
    var text = prefixes[searchIndex++ % prefixes.Count];
    var cpuStart = CpuClock.ThreadMilliseconds();
    var page = await store.SearchEntitiesAsync(new EntitySearch(text) { First = 20 });
    if (searchIndex > 50)
    {
        searchTimes.Add((CpuClock.ThreadMilliseconds() - cpuStart, text, page.TotalCount));
    }

});
Console.WriteLine($"  slowest: {string.Join("; ", searchTimes.OrderByDescending(t => t.CpuMs).Take(5).Select(t => $"'{t.Text}' {t.CpuMs:N1} ms CPU, {t.Total:N0} matches"))}; median matches {searchTimes.Select(t => t.Total).Order().ElementAt(searchTimes.Count / 2):N0}");

// Relation search with no end given (GraphQL `relations(type: …)`): pages by support, ties by (subject id, type, object id).
await Measure("relation search, no end given, first page with its total (first 20)", null, 3, 50, async () => await store.SearchRelationsAsync(new RelationSearch { First = 20 }));
await Measure("relation search, one type, first page with its total (first 20)", null, 3, 50, async () => await store.SearchRelationsAsync(new RelationSearch { Types = ["MET"], First = 20 }));
await Measure("relation search, least support 3, first page with its total (first 20)", null, 3, 50, async () => await store.SearchRelationsAsync(new RelationSearch { MinSupport = 3, First = 20 }));
var deep = await store.SearchRelationsAsync(new RelationSearch { Types = ["MET"], First = 5_000 });
Console.WriteLine($"  (the deep page below starts after relation 5,000 of {deep.TotalCount:N0} MET relations, at support {deep.Items[^1].Support}: inside the largest support level, walked by subject id)");
await Measure("relation search, one type, a deep page (first 20 after 5,000)", null, 1, 10, async () => await store.SearchRelationsAsync(new RelationSearch { Types = ["MET"], First = 20, After = deep.EndCursor }));
await Measure("entity list page, most mentioned first, with its total (first 20)", null, 3, 100, async () => await store.ListEntitiesAsync(new EntityListQuery { First = 20 }));
await Measure("graph counts (GraphQL stats, the explorer's relation-type filter: totals, entities and relations by type)", null, 3, 50, async () => await store.GetCountsAsync());

// ---- (c) memory ----
GC.Collect();
using var self = Process.GetCurrentProcess();
self.Refresh();
Console.WriteLine();
Console.WriteLine($"memory: working set now {self.WorkingSet64 / 1e6:N0} MB, peak working set {self.PeakWorkingSet64 / 1e6:N0} MB (whole process: store, its SQLite caches, and the generator's bookkeeping)");

// After the memory figure, which the floor's own connection would otherwise add to.
var turns = await RawNeighborhood.Interleaved(storePath, hubId, 300, async () => await store.GetNeighborhoodAsync(new NeighborhoodQuery(hubId, 1, Limit: 1001)));
Console.WriteLine($"1-hop neighborhood (limit 1,001) and its raw SQLite floor taken in turns, 300 times (thread CPU, p50; the machine's speed changes move both alike): store {turns.Store:N2} ms, floor {turns.Floor:N2} ms, store / floor {turns.Ratio:N2} (median of the turns)");
await store.DisposeAsync();
var floor = RawNeighborhood.Measure(storePath, hubId, 300);
Console.WriteLine($"1-hop neighborhood (limit 1,001), raw SQLite floor: the store's three queries stepped on SQLite's handle, columns read, no strings or objects made (thread CPU, p50): links (outgoing with details) {floor.Links:N2} ms, entities (other names in the row) {floor.Entities:N2} ms, the other nodes' relations into the set {floor.Edges:N2} ms; sum {floor.Links + floor.Entities + floor.Edges:N2} ms");
return 0;

static IEnumerable<ArticleFacts> Rest(IEnumerator<ArticleFacts> stream)
{
    while (stream.MoveNext())
    {
        yield return stream.Current;
    }
}

static async Task Measure(string what, double? targetMs, int warmup, int runs, Func<Task> action)
{
    for (var i = 0; i < warmup; i++)
    {
        await action();
    }

    var wall = new double[runs];
    var cpu = new double[runs];
    for (var i = 0; i < runs; i++)
    {
        var cpuStart = CpuClock.ThreadMilliseconds();
        var clock = Stopwatch.StartNew();
        await action();
        wall[i] = clock.Elapsed.TotalMilliseconds;
        cpu[i] = CpuClock.ThreadMilliseconds() - cpuStart;
    }

    Array.Sort(wall);
    Array.Sort(cpu);
    static double P(double[] times, double q) => times[Math.Min(times.Length - 1, (int)Math.Ceiling(q * times.Length) - 1)];
    string Verdict(double[] t) => targetMs is not { } target ? "" : P(t, 0.5) < target && P(t, 0.99) < target ? " (met)" : P(t, 0.5) < target ? " (met at p50, not p99)" : " (NOT met)";
    Console.WriteLine($"{what} ({(targetMs is { } ms ? $"target < {ms} ms" : "no target")}), {runs} runs:");
    Console.WriteLine($"  wall: p50 {P(wall, 0.5):N2} ms, p99 {P(wall, 0.99):N2} ms, max {wall[^1]:N2} ms{Verdict(wall)}");
    Console.WriteLine($"  CPU:  p50 {P(cpu, 0.5):N2} ms, p99 {P(cpu, 0.99):N2} ms, max {cpu[^1]:N2} ms{Verdict(cpu)}");
}
