namespace Graph.Cli.Tests;

public class StatsCommandTests
{
    [Fact]
    public void An_empty_store_has_nothing()
    {
        using var cli = new CliProcess();
        var (code, output, error) = cli.Run("stats");
        code.Should().Be(0, error);
        output.Should().StartWith("0 articles, 0 entities, 0 relations, 0 statements");
    }

    [Fact]
    public void Counts_the_seed_gold_by_type()
    {
        using var cli = new CliProcess();
        cli.Run("import", TestSupport.RepoPaths.InShared("extraction", "gold", "seeds.jsonl")).ExitCode.Should().Be(0);
        var (code, output, _) = cli.Run("stats");
        code.Should().Be(0);
        output.Should().StartWith("2 articles, ");
        output.Should().MatchRegex(@"entity\s+PERSON\s+\d+").And.MatchRegex(@"relation\s+LEADS\s+\d+");
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        using var cli = new CliProcess();
        var (code, output, _) = cli.Run("--help");
        code.Should().Be(0);
        output.Should().Contain("import").And.Contain("stats").And.Contain("entity").And.Contain("export");
    }
}
