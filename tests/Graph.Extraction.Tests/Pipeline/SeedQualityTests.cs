using Graph.Extraction.Evaluation;
using Graph.TestSupport;
using Xunit.Abstractions;

namespace Graph.Extraction.Tests.Pipeline;

/// <summary>
/// The issue's quality bar on the seed articles: the whole default pipeline over
/// ../shared/extraction/articles, scored against gold/seeds.jsonl with the C# scorer (the same rules as score.py).
/// </summary>
public class SeedQualityTests(ITestOutputHelper output)
{
    private const double RelationF1Bar = 0.80;
    private const double EntityF1Bar = 0.90;

    [Fact]
    public void Seed_articles_reach_the_issues_quality_bar()
    {
        var report = ScoreSeeds();
        report.Relations.F1.Should().BeGreaterOrEqualTo(RelationF1Bar, "the issue asks relation F1 ≥ 0.80 on the seeds");
        report.Entities.F1.Should().BeGreaterOrEqualTo(EntityF1Bar, "the issue asks named-entity F1 ≥ 0.90 on the seeds");
        report.Duplicates.Should().Be(0, "the issue asks for no duplicate entities");
    }

    [Fact]
    public void Seed_articles_extract_consistent_facts_and_score()
    {
        var report = ScoreSeeds();
        report.MissingArticles.Should().BeEmpty("every seed article must produce output");
        report.Relations.Tp.Should().BePositive("the pipeline must find some of the gold relations");
        report.Entities.Tp.Should().BePositive("the pipeline must find some of the gold entities");
    }

    /// <summary>The pipeline runs once for both tests; each prints the figures.</summary>
    private static readonly Lazy<(ScoreReport Report, string Text)> Scored = new(Score);

    private ScoreReport ScoreSeeds()
    {
        var (report, text) = Scored.Value;
        output.WriteLine(text);
        return report;
    }

    private static (ScoreReport Report, string Text) Score() =>
        GoldScoring.Score(RepoPaths.InShared("extraction", "articles"), RepoPaths.InShared("extraction", "gold", "seeds.jsonl"));
}
