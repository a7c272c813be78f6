using Graph.Extraction.Evaluation;

namespace Graph.Extraction.Tests.Evaluation;

public class ScoreNamesTests
{
    [Theory]
    [InlineData("The Wagner Group", "wagner group")]
    [InlineData("Russia’s", "russia")]
    [InlineData("Erdoğan", "erdogan")]
    [InlineData("U.S.", "u s")]
    [InlineData("Texas A&M's Bush School", "texas a m bush school")]
    [InlineData("  the   the West ", "the west")]
    [InlineData("snake_case", "snake_case")]
    [InlineData("'s", "")]
    public void Normalizes_as_score_py(string name, string expected) => ScoreNames.Normalize(name).Should().Be(expected);
}
