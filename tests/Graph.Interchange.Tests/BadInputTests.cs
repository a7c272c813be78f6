using Graph.Core.Model;
using Graph.Interchange.Reading;
using Graph.Store;

namespace Graph.Interchange.Tests;

/// <summary>A broken export is reported whole, each problem naming the file and the line, and nothing is returned.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("graph-bad-input-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_jsonl_export_with_bad_lines_names_every_one()
    {
        var path = Write("bad.jsonl",
            """{"kind":"article","id":"a","contentHash":"h"}""",
            "not json at all",
            """{"kind":"wormhole"}""",
            """{"kind":"entity","id":"person:x","type":"PERSON","aliases":[],"mentionCount":1}""",
            """{"kind":"relation","id":"r","subject":"s","relation":"MET","object":"o","support":"two","confidence":1,"firstSeen":"2024-01-01T00:00:00Z","lastSeen":"2024-01-01T00:00:00Z"}""");

        var problems = Problems(() => JsonlReader.ReadFile(path));

        problems.Should().HaveCount(4);
        problems[0].Should().StartWith("bad.jsonl:2: ");
        problems[1].Should().Be("bad.jsonl:3: unknown kind 'wormhole' (expected article, entity, relation, statement or mention)");
        problems[2].Should().Be("bad.jsonl:4: \"name\" must be a string");
        problems[3].Should().Be("bad.jsonl:5: \"support\" must be an integer");
    }

    [Fact]
    public void A_graphml_file_that_is_not_well_formed_names_the_line()
    {
        var path = Write("bad.graphml", "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">", "<graph>", "<node id=\"x\">", "</graph>");

        Problems(() => GraphMlReader.ReadFile(path)).Should().ContainSingle().Which.Should().StartWith("bad.graphml:4: not well-formed XML");
    }

    [Fact]
    public void A_graphml_node_of_an_unknown_kind_is_named_with_its_line()
    {
        var path = Write("odd.graphml",
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">",
            "<key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>",
            "<graph edgedefault=\"directed\">",
            "<node id=\"x\"><data key=\"kind\">planet</data></node>",
            "<node id=\"y\"/>",
            "</graph></graphml>");

        Problems(() => GraphMlReader.ReadFile(path)).Should().Equal(
            "odd.graphml:4: node kind 'planet' (expected entity or article)",
            "odd.graphml:5: no 'kind' data");
    }

    [Fact]
    public void A_neo4j_csv_folder_without_its_files_names_them()
    {
        var csv = Path.Combine(folder, "csv");
        Neo4jCsvExporter.Write(new GraphSnapshot([], [], [], []), csv);
        File.Delete(Path.Combine(csv, "mentions.csv"));

        Problems(() => Neo4jCsvReader.ReadFolder(csv)).Should().ContainSingle().Which.Should().Contain("mentions.csv: missing");
    }

    [Fact]
    public void A_neo4j_csv_value_of_the_wrong_type_names_file_and_line()
    {
        var csv = Path.Combine(folder, "csv");
        Neo4jCsvExporter.Write(new GraphSnapshot([new Article("a", "h", PublishedAt: new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero))], [], [], []), csv);
        var articles = Path.Combine(csv, "articles.csv");
        File.WriteAllText(articles, File.ReadAllText(articles).Replace("2024-01-02T00:00:00.0000000+00:00", "yesterday", StringComparison.Ordinal));

        Problems(() => Neo4jCsvReader.ReadFolder(csv)).Should().Equal("articles.csv:2: publishedAt:datetime 'yesterday' is not a date");
    }

    [Fact]
    public void A_neo4j_csv_file_with_an_open_quote_is_refused()
    {
        var csv = Path.Combine(folder, "csv");
        Neo4jCsvExporter.Write(new GraphSnapshot([], [], [], []), csv);
        File.AppendAllText(Path.Combine(csv, "articles.csv"), "\"a,never closed\n");

        Problems(() => Neo4jCsvReader.ReadFolder(csv)).Should().Equal("articles.csv: line 2: a quoted field is not closed");
    }

    [Fact]
    public void Replaying_facts_that_do_not_hang_together_names_each_problem()
    {
        var article = new Article("a", "h");
        var graph = new GraphSnapshot(
            [article],
            [new Entity("person:x", "PERSON", "X", []), new Entity("planet:y", "PLANET", "Y", [])],
            [],
            [new StoredStatement("a#0", "person:x|MET|person:z", "person:x", "person:z", new Statement("a", "X", "MET", "Z", "X met Z."), DateTimeOffset.UnixEpoch)])
        {
            Mentions = [new ArticleMention("a", "person:x", "X", []), new ArticleMention("a", "person:gone", "Gone", []), new ArticleMention("b", "person:x", "X", [])],
        };

        Problems(() => GraphReplay.Articles(graph, Core.Ontology.GraphOntology.Default)).Should().BeEquivalentTo(
            "entity 'planet:y' has type 'PLANET', which the ontology does not define",
            "facts of article 'b', which is not in the export",
            "article 'a' mentions entity 'person:gone', which is not in the export",
            "article 'a': statement 'X -MET-> Z' names 'Z', which is not an entity of the article");
    }

    private static IReadOnlyList<string> Problems(Action read) =>
        read.Should().Throw<InterchangeFormatException>().Which.Problems;

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
