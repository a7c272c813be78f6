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
}
