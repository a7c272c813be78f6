using System.Diagnostics;
using System.Globalization;
using Graph.Bench.Extraction;
using Graph.Bench.Store;
using Graph.Extraction.Entities;
using Graph.Extraction.Input;
using Graph.Extraction.Models;
using Graph.Extraction.Models.Ner;
using Graph.Extraction.Parsing;
using Graph.Extraction.Pipeline;

// Graph.Bench.Extraction: the whole extraction pipeline over the BBC corpus (2,225 articles): model load time, then
// words per second on one thread and on all cores in the same run, wall and process CPU time, peak memory.
// Usage: [--articles N] [--data DIR]   (DIR holds category folders of .txt articles; default ../shared/data/bbc-news-fulltext)
//        --dump FILE [--data DIR]      writes the pipeline's whole output for the seeds and ~100 corpus articles to FILE
//                                      (no timing): compare the files from before and after a speed-up with cmp
const double TargetWordsPerSecond = 50_000;
const int WarmupArticles = 100;
const int MaxWarmupPasses = 30;
const int DumpEvery = 22; // 2,225 / 22: about 100 corpus articles in the output dump

var limit = int.MaxValue;
string? dataFolder = null;
string? dumpFile = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--articles" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
            limit = n;
            i++;
            break;
        case "--data" when i + 1 < args.Length:
            dataFolder = args[++i];
            break;
        case "--dump" when i + 1 < args.Length:
            dumpFile = args[++i];
            break;
        default:
            Console.Error.WriteLine($"bad option '{args[i]}'{(i + 1 < args.Length ? $" '{args[i + 1]}'" : string.Empty)}: usage [--articles N (a positive whole number)] [--data DIR] [--dump FILE]");
            return 2;
    }
}

dataFolder ??= CorpusFiles.DefaultFolder();
if (dumpFile is not null)
{
    var sample = OutputDump.SamplePaths(dataFolder, DumpEvery);
    using (var output = new StreamWriter(dumpFile))
    {
        OutputDump.Write(output, DefaultPipeline.Shared, sample);
    }

    Console.WriteLine($"wrote the output for {sample.Count} articles to {dumpFile}");
    return 0;
}

var cores = Environment.ProcessorCount;
Console.WriteLine($"load average at start: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a")} (wall times include waiting for a core; CPU times do not)");
Console.WriteLine($"Graph.Bench.Extraction  {DateTime.UtcNow:u}  .NET {Environment.Version}  {cores} cores  corpus {dataFolder}");
Console.WriteLine();

// ---- reading: files into memory (untimed by the extraction figures), and the word count ----
var readClock = Stopwatch.StartNew();
var articles = CorpusFiles.Load(CorpusFiles.ArticlePaths(dataFolder, limit));
readClock.Stop();
long bytes = articles.Sum(a => (long)a.Bytes.Length);
// Words: whitespace-separated words of the article body the reader hands the pipeline (title line excluded).
long words = articles.Sum(a => (long)ArticleReader.Read(a.Bytes, a.Path).Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
Console.WriteLine($"reading:  {articles.Count:N0} files, {bytes / 1e6:N2} MB, read from disk into memory in {readClock.Elapsed.TotalMilliseconds:N0} ms (not part of the figures below)");
Console.WriteLine($"words:    {words:N0} (whitespace-separated words of each article's body text as the reader returns it; titles not counted)");
Console.WriteLine();

// ---- model load: first use of each model, one at a time ----
var totalLoad = TimeSpan.Zero;
void Load(string what, Func<object> firstUse)
{
    var cpuBefore = Environment.CpuUsage.TotalTime;
    var clock = Stopwatch.StartNew();
    GC.KeepAlive(firstUse());
    clock.Stop();
    totalLoad += clock.Elapsed;
    Console.WriteLine($"  {what,-44} {clock.Elapsed.TotalMilliseconds,7:N0} ms wall, {(Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds,7:N0} ms CPU");
}

Console.WriteLine("model load (first use):");
Load("tagger (tagger.model.gz)", () => PretrainedModels.Tagger);
Load("lemmatiser (lemmatizer.model.gz)", () => PretrainedModels.Lemmatizer);
Load("parser (parser.model.gz)", () => PretrainedModels.Parser);
Load("NER model and gazetteer (ner-model.bin)", () => NerModel.Default);
Load("rest: recogniser, annotator, ontology, pipeline", () =>
{
    GC.KeepAlive(SyntaxAnnotator.Default);
    GC.KeepAlive(EntityRecognizer.Default);
    return DefaultPipeline.Shared;
});
Console.WriteLine($"  {"total",-44} {totalLoad.TotalMilliseconds,7:N0} ms wall");
var pipeline = DefaultPipeline.Shared;

// ---- warm-up: the JIT recompiles hot code (tiered, with PGO) on background threads for a while after first use.
// Passes over a slice of the corpus until compilation is over: a pass is no more than 5 % cheaper than the one before
// AND its process CPU is within 5 % of its own thread's (no background compiling). Either test alone is fooled: two
// passes can be equally dominated by compilation, and on one core the compiler threads wait rather than show. ----
var slice = articles.Take(WarmupArticles).ToList();
var warmClock = Stopwatch.StartNew();
var passes = 0;
var previousCpu = TimeSpan.MaxValue;
RunFigures last;
bool settled;
do
{
    last = PipelineRun.Run(pipeline, slice, 1);
    passes++;
    settled = last.Cpu >= previousCpu * 0.95 && last.Cpu.TotalMilliseconds <= last.ThreadCpuMs * 1.05;
    previousCpu = last.Cpu;
}
while (passes < MaxWarmupPasses && !settled);

var background = last.Cpu.TotalMilliseconds - last.ThreadCpuMs;
Console.WriteLine($"warm-up:  {passes} passes over {slice.Count} articles in {warmClock.Elapsed.TotalSeconds:N1} s wall (JIT; not part of the figures below); "
    + $"last pass {last.Cpu.TotalMilliseconds:N0} ms CPU, of which {background:N0} ms on background threads{(settled ? "" : " (not settled: the figures below include some JIT)")}");
Console.WriteLine();

// ---- the whole pipeline: one thread, then all cores ----
Console.WriteLine("whole pipeline (reader: decode + parse file; normalise, split, tokenise, tag, lemma, parse, NER, references, relations):");
// Stages are timed by this thread's CPU clock (a few dozen clock reads per article), which other jobs on the machine do not inflate.
var stages = CpuClock.HasThreadClock ? new StageTimings(() => TimeSpan.FromMilliseconds(CpuClock.ThreadMilliseconds())) : new StageTimings();
var single = PipelineRun.Run(pipeline, articles, 1, stages);
Report("1 thread", single);
Console.WriteLine($"             of which this thread: {single.ThreadCpuMs / 1e3:N2} s CPU = {words / (single.ThreadCpuMs / 1e3):N0} words per CPU-second (the rest: JIT and other background threads)");
ReportStages(stages, CpuClock.HasThreadClock ? "thread CPU" : "wall");
var all = PipelineRun.Run(pipeline, articles, cores);
Report($"{cores} threads", all);
Console.WriteLine($"  all cores / one thread: {single.Wall / all.Wall:N2}x wall speed-up; CPU per word {all.Cpu / single.Cpu:N2}x of single-threaded");
if (single.Entities != all.Entities || single.Statements != all.Statements)
{
    Console.WriteLine("  WARNING: the two passes extracted different facts (extraction is not deterministic under parallelism)");
}

var perCpu = words / single.Cpu.TotalSeconds; // process CPU: the stricter of the two CPU figures
var perWall = words / single.Wall.TotalSeconds;
Console.WriteLine($"target >= {TargetWordsPerSecond:N0} words/s on one core: {(perCpu >= TargetWordsPerSecond ? "met" : "NOT met")} by CPU time ({perCpu:N0}), {(perWall >= TargetWordsPerSecond ? "met" : "NOT met")} by wall time ({perWall:N0})");
Console.WriteLine();

// ---- memory ----
using var self = Process.GetCurrentProcess();
self.Refresh();
Console.WriteLine($"memory: peak working set {self.PeakWorkingSet64 / 1e6:N0} MB (whole process: models, {bytes / 1e6:N1} MB of article bytes, the passes above)");
return 0;

void ReportStages(StageTimings timings, string clock)
{
    var total = timings.Totals.Sum(t => t.Value.TotalMilliseconds);
    Console.WriteLine($"  per stage, 1 thread ({clock} time; words/s = the corpus's words over that stage's time alone):");
    foreach (var (stage, time) in timings.Totals)
    {
        Console.WriteLine($"    {stage,-58} {time.TotalMilliseconds,8:N0} ms {time.TotalMilliseconds / total,6:P1} {words / time.TotalSeconds,12:N0} words/s");
    }

    Console.WriteLine($"    {"sum",-58} {total,8:N0} ms");
}

void Report(string what, RunFigures run) =>
    Console.WriteLine(
        $"  {what,-10} {run.Wall.TotalSeconds,7:N2} s wall = {words / run.Wall.TotalSeconds,9:N0} words/s;  " +
        $"{run.Cpu.TotalSeconds,7:N2} s CPU = {words / run.Cpu.TotalSeconds,9:N0} words per CPU-second;  " +
        $"{articles.Count / run.Wall.TotalSeconds:N0} articles/s;  facts: {run.Entities:N0} entities, {run.Statements:N0} statements");
