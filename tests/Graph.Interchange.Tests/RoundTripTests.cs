using FluentAssertions.Equivalency;
using Graph.Interchange.Reading;
using Graph.Store;

namespace Graph.Interchange.Tests;

/// <summary>
/// Export to each format, read it back: the same snapshot; then import it into a fresh embedded store: the same graph
/// (entities, ids, relations, aggregates, statements, mentions, ingestion times), compared member by member in order.
/// </summary>
public class RoundTripTests
{
    public static TheoryData<string> Formats => ["jsonl", "graphml", "neo4j-csv"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task An_export_reads_back_as_the_same_snapshot(string format)
    {
        await using var sample = await SampleGraph.CreateAsync();
        var original = await sample.Store.ReadAllAsync();

        var readBack = await ExportAndReadAsync(original, format, sample.Folder);

        ShouldBeSame(readBack, original);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task An_export_imported_into_an_empty_store_gives_the_same_graph(string format)
    {
        await using var sample = await SampleGraph.CreateAsync();
        var original = await sample.Store.ReadAllAsync();
        var (fresh, clock) = await sample.FreshStoreAsync("fresh-" + format);
        await using (fresh)
        {
            var readBack = await ExportAndReadAsync(original, format, sample.Folder);
            await GraphLoader.LoadAsync(fresh, clock, GraphReplay.Articles(readBack, Core.Ontology.GraphOntology.Default));

            ShouldBeSame(await fresh.ReadAllAsync(), original);
        }
    }

    [Fact]
    public async Task The_sample_holds_what_makes_a_round_trip_hard()
    {
        await using var sample = await SampleGraph.CreateAsync();
        var graph = await sample.Store.ReadAllAsync();

        graph.Articles.Should().Contain(a => a.PublishedAt == null).And.Contain(a => a.Title == string.Empty);
        graph.Statements.Should().Contain(s => s.Statement.Negated).And.Contain(s => s.Statement.Sentence.Contains('\r'));
        graph.Mentions.Select(m => m.EntityId).Except(graph.Statements.SelectMany(s => new[] { s.SubjectId, s.ObjectId }))
            .Should().NotBeEmpty("an entity named by an article without a statement must survive too");
        graph.IngestionOrder.Should().HaveCount(graph.Articles.Count);
        graph.Articles.Should().Contain(a => a.IngestedAt!.Value.Ticks % TimeSpan.TicksPerMillisecond != 0,
            "ingestion times carry the system clock's sub-millisecond precision, which every format must keep");
    }

    [Fact]
    public async Task Importing_the_same_export_twice_changes_nothing()
    {
        await using var sample = await SampleGraph.CreateAsync();
        var original = await sample.Store.ReadAllAsync();
        var (fresh, clock) = await sample.FreshStoreAsync("twice");
        await using (fresh)
        {
            var articles = GraphReplay.Articles(await ExportAndReadAsync(original, "jsonl", sample.Folder));
            await GraphLoader.LoadAsync(fresh, clock, articles);
            var second = await GraphLoader.LoadAsync(fresh, clock, articles);

            second.Should().OnlyContain(r => r.Outcome == PutOutcome.Unchanged);
            ShouldBeSame(await fresh.ReadAllAsync(), original);
        }
    }

    internal static async Task<GraphSnapshot> ExportAndReadAsync(GraphSnapshot graph, string format, string folder)
    {
        var path = Path.Combine(folder, "export-" + format + "-" + Guid.NewGuid().ToString("N"));
        switch (format)
        {
            case "jsonl":
                await using (var file = File.Create(path))
                {
                    await JsonlExporter.WriteAsync(graph, file);
                }

                return JsonlReader.ReadFile(path);
            case "graphml":
                await using (var file = File.Create(path))
                {
                    GraphMlExporter.Write(graph, file);
                }

                return GraphMlReader.ReadFile(path);
            default:
                Neo4jCsvExporter.Write(graph, path);
                return Neo4jCsvReader.ReadFolder(path);
        }
    }

    internal static void ShouldBeSame(GraphSnapshot actual, GraphSnapshot expected)
    {
        actual.Should().BeEquivalentTo(expected, Strict);
        actual.Mentions.Should().NotBeEmpty();
    }

    private static EquivalencyAssertionOptions<GraphSnapshot> Strict(EquivalencyAssertionOptions<GraphSnapshot> options) =>
        options.WithStrictOrdering().ComparingRecordsByMembers();
}
