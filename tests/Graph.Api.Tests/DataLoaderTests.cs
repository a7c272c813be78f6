using Graph.Api.Tests.Support;

namespace Graph.Api.Tests;

/// <summary>Batching: a page of entities with their relations and evidence costs the same few store calls however long the page.</summary>
public sealed class DataLoaderTests
{
    private const string Query = """
        query($first: Int!) {
          entities(search: "zorvath", first: $first) {
            totalCount
            nodes {
              name
              relations(first: 5) {
                totalCount
                nodes { type subject { name } object { name } evidence(first: 2) { sentence article { title } } }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task Fifty_entities_with_relations_and_evidence_cost_one_call_per_kind_of_read()
    {
        await using var server = await TestGraphServer.StartAsync(extraFacts: SyntheticFacts.Organisations(60));

        server.Store.Reset();
        var page = await server.PostAsync(Query, new Dictionary<string, object?> { ["first"] = 50 });
        page.Status.Should().Be(200);
        page.Errors.Should().BeEmpty();
        var nodes = page.Data.GetProperty("entities").GetProperty("nodes").EnumerateArray().ToList();
        nodes.Should().HaveCount(50);
        nodes.Should().OnlyContain(n => n.GetProperty("relations").GetProperty("nodes").GetArrayLength() > 0);
        nodes.SelectMany(n => n.GetProperty("relations").GetProperty("nodes").EnumerateArray())
            .Should().OnlyContain(r => r.GetProperty("evidence").GetArrayLength() > 0);
        var fiftyCalls = server.Store.Calls;

        server.Store.Reset();
        var small = await server.PostAsync(Query, new Dictionary<string, object?> { ["first"] = 5 });
        small.Data.GetProperty("entities").GetProperty("nodes").GetArrayLength().Should().Be(5);
        var fiveCalls = server.Store.Calls;

        fiftyCalls.Should().BeEquivalentTo(new Dictionary<string, int>
        {
            ["SearchEntitiesAsync"] = 1,
            ["GetRelationsOfManyAsync"] = 1,
            ["GetEntitiesAsync"] = 1,
            ["GetEvidenceAsync"] = 1,
        });
        fiveCalls.Should().BeEquivalentTo(fiftyCalls, "the cost does not grow with the page");
    }

    [Fact]
    public async Task A_neighborhood_drawn_with_its_edges_ends_costs_one_store_call()
    {
        await using var server = await TestGraphServer.StartAsync();
        server.Store.Reset();
        var response = await server.PostAsync("""
            { neighborhood(id: "person:vladimir-putin", hops: 2) { nodes { id name } edges { type subject { id name } object { id name } } } }
            """);
        response.Errors.Should().BeEmpty();
        var hood = response.Data.GetProperty("neighborhood");
        var nodeIds = hood.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToHashSet();
        hood.GetProperty("edges").GetArrayLength().Should().BeGreaterThan(0);
        hood.GetProperty("edges").EnumerateArray().Should().OnlyContain(e =>
            nodeIds.Contains(e.GetProperty("subject").GetProperty("id").GetString()) && nodeIds.Contains(e.GetProperty("object").GetProperty("id").GetString()));
        server.Store.Calls.Should().BeEquivalentTo(new Dictionary<string, int> { ["GetNeighborhoodAsync"] = 1 },
            "the walk returns the nodes, and the edges' ends are among them");

        server.Store.Reset();
        (await server.PostAsync("""{ neighborhood(id: "person:nobody-at-all") { nodes { id } } }""")).Data.GetProperty("neighborhood").ValueKind
            .Should().Be(System.Text.Json.JsonValueKind.Null);
    }
}
