using System.Text.Json;

namespace Graph.Cli.Tests;

public class ExtractionCommandTests
{
    private const string Article = """
        title: Harbour deal
        date: 2031-04-02

        The Ruritanian President Anna Kowalczyk met Prime Minister Tomas Berg of Norway in Oslo on Monday. Kowalczyk later criticized the European Commission.
        """;

    [Fact]
    public void Extract_prints_guidelines_lines_named_after_the_file()
    {
        using var cli = new CliProcess();
        var file = cli.File("harbour-deal.txt", Article);

        var (code, output, error) = cli.Run("extract", file);

        code.Should().Be(0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Should().OnlyContain(l => l.GetProperty("article").GetString() == "harbour-deal");
        lines.Should().Contain(l => l.GetProperty("kind").GetString() == "entity" && l.GetProperty("name").GetString() == "Anna Kowalczyk");
        lines.Should().Contain(l => l.GetProperty("kind").GetString() == "relation" && l.GetProperty("relation").GetString() == "MET");
    }

    [Fact]
    public void Extract_of_a_binary_file_is_a_clear_error()
    {
        using var cli = new CliProcess();
        var path = Path.Combine(cli.Folder, "blob.txt");
        File.WriteAllBytes(path, [0, 1, 2, 3, 0, 0, 7]);

        var (code, _, error) = cli.Run("extract", path);

        code.Should().Be(1);
        error.Should().Contain("blob.txt").And.Contain("binary");
    }

    [Fact]
    public void Eval_scores_the_seeds_with_the_scorers_last_line()
    {
        using var cli = new CliProcess();
        var (code, output, error) = cli.Run("eval", "--articles", TestSupport.RepoPaths.InShared("extraction", "articles"),
            "--gold", TestSupport.RepoPaths.InShared("extraction", "gold", "seeds.jsonl"));

        code.Should().Be(0, error);
        output.TrimEnd().Split('\n')[^1].Should().MatchRegex(@"^relations P=\d\.\d{3} R=\d\.\d{3} F1=\d\.\d{3} \| entities P=\d\.\d{3} R=\d\.\d{3} F1=\d\.\d{3} duplicates=\d+$");
    }
}
