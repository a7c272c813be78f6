using System.Diagnostics;
using Graph.Bench.Store;
using Graph.Extraction.Input;
using Graph.Extraction.Pipeline;

namespace Graph.Bench.Extraction;

/// <summary>Wall and process CPU time of one pass, and the facts it produced (a sanity figure: passes must agree).</summary>
/// <remarks><see cref="ThreadCpuMs"/> is the calling thread's CPU time: the single-threaded pass's own work, without the
/// JIT's background recompilation that process CPU time also counts (NaN where there is no thread clock).</remarks>
internal sealed record RunFigures(TimeSpan Wall, TimeSpan Cpu, double ThreadCpuMs, long Entities, long Statements);

/// <summary>
/// One timed pass of the whole pipeline over articles held in memory: decode and parse each file (the reader), then
/// normalise, split, tokenise, tag, lemmatise, parse, recognise entities, resolve references and read relations.
/// Results are counted and dropped, so memory reflects the pipeline rather than a pile of kept results.
/// </summary>
internal static class PipelineRun
{
    /// <summary>A pass on <paramref name="threads"/> threads; with <paramref name="timings"/> (one thread only), each stage's time is charged to it.</summary>
    public static RunFigures Run(ExtractionPipeline pipeline, IReadOnlyList<ArticleBytes> articles, int threads, StageTimings? timings = null)
    {
        if (timings is not null && threads != 1)
        {
            throw new ArgumentException("stage timings are kept by one thread", nameof(timings));
        }

        long entities = 0;
        long statements = 0;
        void ExtractOne(int i)
        {
            timings?.Restart();
            var document = ArticleReader.Read(articles[i].Bytes, articles[i].Path);
            timings?.Lap("read (decode, parse the file)");
            var facts = pipeline.Extract(document, timings).Facts;
            Interlocked.Add(ref entities, facts.Entities.Count);
            Interlocked.Add(ref statements, facts.Statements.Count);
        }

        var cpuBefore = Environment.CpuUsage.TotalTime;
        var threadCpuBefore = CpuClock.ThreadMilliseconds();
        var clock = Stopwatch.StartNew();
        if (threads == 1)
        {
            // A plain loop on this thread: no thread-pool hand-off in the one-core figure.
            for (var i = 0; i < articles.Count; i++)
            {
                ExtractOne(i);
            }
        }
        else
        {
            Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, ExtractOne);
        }

        clock.Stop();
        return new RunFigures(clock.Elapsed, Environment.CpuUsage.TotalTime - cpuBefore, CpuClock.ThreadMilliseconds() - threadCpuBefore, entities, statements);
    }
}
