namespace Graph.Cli.Tests;

public class ImportCommandTests
{
    private const string Good = """
        {"kind":"entity","article":"a1","name":"Maria Lopez","type":"PERSON","aliases":["Lopez"]}
        {"kind":"entity","article":"a1","name":"Ruritania","type":"LOCATION","aliases":[]}
        {"kind":"relation","article":"a1","subject":"Maria Lopez","relation":"LEADS","object":"Ruritania","evidence":"Ruritanian President Maria Lopez spoke."}
        {"kind":"entity","article":"a2","name":"Lopez","type":"PERSON","aliases":[]}
        {"kind":"entity","article":"a2","name":"Acme Corp","type":"ORGANIZATION","aliases":["Acme"]}
        {"kind":"relation","article":"a2","subject":"Lopez","relation":"CRITICIZED","object":"Acme Corp","evidence":"Lopez criticized Acme."}
        """;

    [Fact]
    public void Imports_facts_and_resolves_a_surname_to_the_known_person()
    {
        using var cli = new CliProcess();
        var file = cli.File("facts.jsonl", Good);

        var (code, output, error) = cli.Run("import", file);
        code.Should().Be(0, error);
        output.Should().Contain("imported 2 article(s): 2 added");

        var entity = cli.Run("entity", "Lopez");
        entity.ExitCode.Should().Be(0, entity.Error);
        entity.Out.Should().Contain("Maria Lopez (PERSON").And.Contain("-[LEADS]->").And.Contain("-[CRITICIZED]->").And.Contain("Acme Corp");
    }

    [Fact]
    public void Importing_the_same_file_again_changes_nothing()
    {
        using var cli = new CliProcess();
        var file = cli.File("facts.jsonl", Good);
        cli.Run("import", file).ExitCode.Should().Be(0);
        var before = cli.Run("export", "--format", "jsonl").Out;

        var again = cli.Run("import", file);

        again.Out.Should().Contain("0 added, 0 replaced, 2 unchanged");
        cli.Run("export", "--format", "jsonl").Out.Should().Be(before);
    }

    [Theory]
    [InlineData("{\"kind\":\"entity\",\"article\":\"a9\",\"name\":\"X\",\"type\":\"PERSON\"}\n{not json}\n", 2, "not JSON")]
    [InlineData("{\"kind\":\"entity\",\"article\":\"a9\",\"name\":\"X\",\"type\":\"ROBOT\"}\n", 1, "unknown entity type 'ROBOT'")]
    [InlineData("{\"kind\":\"entity\",\"article\":\"a9\",\"name\":\"X\",\"type\":\"PERSON\"}\n{\"kind\":\"relation\",\"article\":\"a9\",\"subject\":\"X\",\"relation\":\"LIKES\",\"object\":\"X\"}\n", 2, "unknown relation type 'LIKES'")]
    [InlineData("{\"kind\":\"entity\",\"article\":\"a9\",\"name\":\"X\",\"type\":\"PERSON\"}\n{\"kind\":\"relation\",\"article\":\"a9\",\"subject\":\"X\",\"relation\":\"MET\",\"object\":\"Nobody\"}\n", 2, "unknown entity 'Nobody'")]
    [InlineData("{\"kind\":\"entity\",\"article\":\"a9\",\"type\":\"PERSON\"}\n", 1, "missing field \"name\"")]
    public void A_bad_line_is_named_and_nothing_of_its_article_is_written(string bad, int line, string problem)
    {
        using var cli = new CliProcess();
        var goodFile = cli.File("good.jsonl", Good);
        cli.Run("import", goodFile).ExitCode.Should().Be(0);
        var before = cli.Run("export", "--format", "jsonl").Out;
        var file = cli.File("bad.jsonl", bad);

        var (code, _, error) = cli.Run("import", file);

        code.Should().Be(1);
        error.Should().Contain($"bad.jsonl:{line}: ").And.Contain(problem);
        cli.Run("export", "--format", "jsonl").Out.Should().Be(before, "nothing of the bad article is written");
    }

    [Fact]
    public void A_file_with_a_bad_line_is_not_imported_at_all()
    {
        using var cli = new CliProcess();
        var file = cli.File("mixed.jsonl", Good + "\n{\"kind\":\"entity\",\"article\":\"a3\",\"name\":\"Y\",\"type\":\"ROBOT\"}\n");

        var (code, _, error) = cli.Run("import", file);

        code.Should().Be(1);
        error.Should().Contain("mixed.jsonl:7: unknown entity type 'ROBOT'").And.Contain("nothing imported");
        cli.Run("stats").Out.Should().StartWith("0 articles");
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        using var cli = new CliProcess();
        var (code, _, error) = cli.Run("import", "nowhere.jsonl");
        code.Should().Be(1);
        error.Should().Contain("nowhere.jsonl: no such file");
    }
}
