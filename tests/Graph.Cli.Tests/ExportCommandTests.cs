using System.Text.Json;
using System.Xml.Linq;

namespace Graph.Cli.Tests;

public class ExportCommandTests
{
    private static CliProcess WithSeeds()
    {
        var cli = new CliProcess();
        var (code, _, error) = cli.Run("import", TestSupport.RepoPaths.InShared("extraction", "gold", "seeds.jsonl"));
        code.Should().Be(0, error);
        return cli;
    }

    [Fact]
    public void Jsonl_has_one_object_a_line_of_each_kind()
    {
        using var cli = WithSeeds();
        var (code, output, _) = cli.Run("export", "--format", "jsonl");
        code.Should().Be(0);
        var kinds = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("kind").GetString())
            .GroupBy(k => k).ToDictionary(g => g.Key!, g => g.Count());
        kinds["article"].Should().Be(2);
        kinds["relation"].Should().BeGreaterThan(40);
        kinds["statement"].Should().BeGreaterThanOrEqualTo(kinds["relation"]);
        kinds["entity"].Should().BeGreaterThan(50);
    }

    [Fact]
    public void Graphml_is_well_formed_with_an_edge_per_relation()
    {
        using var cli = WithSeeds();
        var path = Path.Combine(cli.Folder, "g.graphml");
        cli.Run("export", "--format", "graphml", "--output", path).ExitCode.Should().Be(0);
        var xml = XDocument.Load(path);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var nodes = xml.Descendants(ns + "node").Select(n => (string)n.Attribute("id")!).ToHashSet();
        var edges = xml.Descendants(ns + "edge").ToList();
        edges.Should().NotBeEmpty();
        edges.Should().OnlyContain(e => nodes.Contains((string)e.Attribute("source")!) && nodes.Contains((string)e.Attribute("target")!));
        xml.Descendants(ns + "node").Should().Contain(n => n.Elements(ns + "data").Any(d => (string)d == "Vladimir Putin"));
    }

    [Fact]
    public void Neo4j_csv_writes_the_files_neo4j_admin_reads_with_matching_ids()
    {
        using var cli = WithSeeds();
        var folder = Path.Combine(cli.Folder, "csv");
        var (code, _, error) = cli.Run("export", "--format", "neo4j-csv", "--output", folder);
        code.Should().Be(0, error);
        File.ReadAllLines(Path.Combine(folder, "entities.csv"))[0].Should().Be("id:ID(Entity),type,name,aliases:string[],nameKey,:LABEL");
        var entityIds = File.ReadAllLines(Path.Combine(folder, "entities.csv")).Skip(1).Select(l => l.Split(',')[0]).ToHashSet();
        var relations = File.ReadAllLines(Path.Combine(folder, "relations.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        relations.Should().NotBeEmpty();
        relations.Should().OnlyContain(r => entityIds.Contains(r[0]) && entityIds.Contains(r[1]));
        File.ReadAllText(Path.Combine(folder, "import.sh")).Should().Contain("neo4j-admin database import full");
    }

    [Fact]
    public void Neo4j_csv_without_a_folder_is_refused()
    {
        using var cli = WithSeeds();
        var (code, _, error) = cli.Run("export", "--format", "neo4j-csv");
        code.Should().Be(1);
        error.Should().Contain("name a folder with --output");
    }
}
