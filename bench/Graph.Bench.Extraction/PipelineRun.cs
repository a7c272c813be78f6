using System.Diagnostics;
using Graph.Extraction.Input;
using Graph.Extraction.Pipeline;

namespace Graph.Bench.Extraction;

/// <summary>Wall and process CPU time of one pass, and the facts it produced (a sanity figure: passes must agree).</summary>
internal sealed record RunFigures(TimeSpan Wall, TimeSpan Cpu, long Entities, long Statements);

/// <summary>
/// One timed pass of the whole pipeline over articles held in memory: decode and parse each file (the reader), then
/// normalise, split, tokenise, tag, lemmatise, parse, recognise entities, resolve references and read relations.
/// Results are counted and dropped, so memory reflects the pipeline rather than a pile of kept results.
/// </summary>
internal static class PipelineRun
{
    public static RunFigures Run(ExtractionPipeline pipeline, IReadOnlyList<ArticleBytes> articles, int threads)
    {
        long entities = 0;
        long statements = 0;
        void ExtractOne(int i)
        {
            var facts = pipeline.Extract(ArticleReader.Read(articles[i].Bytes, articles[i].Path)).Facts;
            Interlocked.Add(ref entities, facts.Entities.Count);
            Interlocked.Add(ref statements, facts.Statements.Count);
        }

        var cpuBefore = Environment.CpuUsage.TotalTime;
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
        return new RunFigures(clock.Elapsed, Environment.CpuUsage.TotalTime - cpuBefore, entities, statements);
    }
}
