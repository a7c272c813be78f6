using Graph.Extraction.Evaluation;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Tests.Pipeline;

/// <summary>Runs the default pipeline over a folder of articles and scores its jsonl against a gold file (the score.py rules).</summary>
internal static class GoldScoring
{
    public static (ScoreReport Report, string Text) Score(string articlesFolder, string goldFile)
    {
        var files = ExtractionRunner.ArticleFiles(articlesFolder);
        var results = ExtractionRunner.ExtractFiles(DefaultPipeline.Shared, files);
        results.Should().OnlyContain(r => r.Facts.Problems().Count == 0);
        var system = Path.Combine(Path.GetTempPath(), $"system-{Guid.NewGuid():N}.jsonl");
        try
        {
            using (var writer = new StreamWriter(system))
            {
                ExtractionRunner.WriteJsonl(writer, results);
            }

            var report = Scorer.Score(goldFile, system);
            using var text = new StringWriter();
            report.Print(text, perArticle: true, misses: true);
            return (report, text.ToString());
        }
        finally
        {
            File.Delete(system);
        }
    }
}
