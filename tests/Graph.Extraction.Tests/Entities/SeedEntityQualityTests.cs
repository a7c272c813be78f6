using Graph.Extraction.Entities;
using Graph.Extraction.Evaluation;
using Graph.Extraction.Input;
using Graph.Extraction.Text;
using Graph.TestSupport;

namespace Graph.Extraction.Tests.Entities;

/// <summary>
/// Named-entity quality on the seed articles, scored by the GUIDELINES scorer against the seed gold: the
/// issue's bar is F1 ≥ 0.90. The gold is only read to measure; nothing of it is in the recognizer.
/// </summary>
public sealed class SeedEntityQualityTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), $"graph-seed-entities-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(output);

    [Fact]
    public void Seed_named_entity_f1_is_at_least_0_90()
    {
        using (var writer = new StreamWriter(output))
        {
            foreach (var file in Directory.GetFiles(RepoPaths.InShared("extraction", "articles"), "*.txt").Order(StringComparer.Ordinal))
            {
                var read = ArticleReader.ReadFile(file);
                var document = DocumentPreparer.Prepare(read.Article, read.Text);
                foreach (var entity in EntityGrouper.Group(EntityRecognizer.Default.Recognize(document)))
                {
                    writer.WriteLine(GuidelinesJsonl.EntityLine(document.Article.Id, entity.ToArticleEntity()));
                }
            }
        }

        var report = Scorer.Score(RepoPaths.InShared("extraction", "gold", "seeds.jsonl"), output);
        report.MissingArticles.Should().BeEmpty();
        report.Entities.F1.Should().BeGreaterThanOrEqualTo(0.90, report.SummaryLine);
    }
}
