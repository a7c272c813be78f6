namespace Graph.Cli.Tests;

/// <summary>
/// The round trip through the real program: <c>graph export --format F</c>, then <c>graph import --format F</c> into an
/// empty store, gives the same graph (its full jsonl export, ingestion times included, is byte for byte the same).
/// </summary>
public class ExportImportRoundTripTests
{
    [Theory]
    [InlineData("jsonl", "graph.jsonl")]
    [InlineData("graphml", "graph.graphml")]
    [InlineData("neo4j-csv", "csv")]
    public void Export_then_import_into_an_empty_store_gives_the_same_graph(string format, string target)
    {
        using var source = new CliProcess();
        source.Run("import", TestSupport.RepoPaths.InShared("extraction", "gold", "seeds.jsonl")).ExitCode.Should().Be(0);
        var exported = Path.Combine(source.Folder, target);
        var export = source.Run("export", "--format", format, "--output", exported);
        export.ExitCode.Should().Be(0, export.Error);

        using var copy = new CliProcess();
        var (code, output, error) = copy.Run("import", "--format", format, exported);

        code.Should().Be(0, error);
        output.Should().Contain("imported 2 article(s): 2 added");
        copy.Run("export", "--format", "jsonl").Out.Should().Be(source.Run("export", "--format", "jsonl").Out);
    }

    [Fact]
    public void A_broken_export_is_named_and_nothing_is_imported()
    {
        using var cli = new CliProcess();
        var file = cli.File("broken.jsonl", """
            {"kind":"article","id":"a","contentHash":"h","order":0}
            {"kind":"entity","id":"person:x","type":"PERSON","name":"X","aliases":[],"mentionCount":0}
            {"kind":"mention","article":"a","entity":"person:x","name":"X","aliases":[]}
            {"kind":"mention","article":"a","entity":"person:y","name":"Y"}
            """);

        var (code, _, error) = cli.Run("import", "--format", "jsonl", file);

        code.Should().Be(1);
        error.Should().Contain("broken.jsonl:4: \"aliases\" must be a list of strings").And.Contain("nothing imported");
        cli.Run("stats").Out.Should().StartWith("0 articles");
    }

    [Fact]
    public void A_neo4j_csv_import_needs_a_folder()
    {
        using var cli = new CliProcess();
        var (code, _, error) = cli.Run("import", "--format", "neo4j-csv", "nowhere");
        code.Should().Be(1);
        error.Should().Contain("nowhere: no such folder");
    }
}
