using Graph.Core.Model;
using Graph.Store.Tests.Support;

namespace Graph.Store.Tests.Contract;

/// <summary>Neighborhoods and shortest paths.</summary>
public abstract partial class GraphStoreContract
{
    /// <summary>A chain a-b-c-d-e-f plus a second route b-x-d, and a hub h tied to a with several leaves.</summary>
    private static ArticleFacts Chain()
    {
        var builder = Article("chain");
        foreach (var name in new[] { "Aa Aa", "Bb Bb", "Cc Cc", "Dd Dd", "Ee Ee", "Ff Ff", "Xx Xx", "Hh Hh", "L1 Leaf", "L2 Leaf", "L3 Leaf" })
        {
            builder.Entity(name, "PERSON");
        }

        return builder
            .Says("Aa Aa", "MET", "Bb Bb").Says("Bb Bb", "CRITICIZED", "Cc Cc").Says("Cc Cc", "MET", "Dd Dd").Says("Dd Dd", "MET", "Ee Ee").Says("Ee Ee", "MET", "Ff Ff")
            .Says("Bb Bb", "PRAISED", "Xx Xx").Says("Xx Xx", "PRAISED", "Dd Dd")
            .Says("Hh Hh", "MET", "Aa Aa").Says("Hh Hh", "MET", "L1 Leaf").Says("Hh Hh", "MET", "L2 Leaf").Says("Hh Hh", "MET", "L3 Leaf").Says("Hh Hh", "MET", "L3 Leaf")
            .Says("L1 Leaf", "MET", "L2 Leaf")
            .Build();
    }

    private static string P(string name) => "person:" + name.ToLowerInvariant().Replace(' ', '-');

    [Fact]
    public async Task A_neighborhood_has_the_nodes_within_k_hops_and_the_edges_among_them()
    {
        var store = await NewStoreAsync();
        await store.PutArticleAsync(Chain());

        var one = await store.GetNeighborhoodAsync(new NeighborhoodQuery(P("Hh Hh")));
        one.Nodes[0].Id.Should().Be(P("Hh Hh"), "the start comes first");
        one.Nodes.Select(n => n.Id).Should().BeEquivalentTo(P("Hh Hh"), P("Aa Aa"), P("L1 Leaf"), P("L2 Leaf"), P("L3 Leaf"));
        one.Nodes[1].Id.Should().Be(P("L3 Leaf"), "the strongest link comes first");
        one.Edges.Should().HaveCount(5, "four from the hub and the one between two leaves");
        one.Truncated.Should().BeFalse();

        var two = await store.GetNeighborhoodAsync(new NeighborhoodQuery(P("Hh Hh"), Hops: 2));
        two.Nodes.Select(n => n.Id).Should().Contain(P("Bb Bb")).And.NotContain(P("Cc Cc"));

        var capped = await store.GetNeighborhoodAsync(new NeighborhoodQuery(P("Hh Hh"), Hops: 2, Limit: 3));
        capped.Nodes.Should().HaveCount(3);
        capped.Truncated.Should().BeTrue();
        capped.Edges.Should().OnlyContain(e => capped.Nodes.Any(n => n.Id == e.SubjectId) && capped.Nodes.Any(n => n.Id == e.ObjectId));

        var typed = await store.GetNeighborhoodAsync(new NeighborhoodQuery(P("Bb Bb")) { Types = ["PRAISED"] });
        typed.Nodes.Select(n => n.Id).Should().BeEquivalentTo(P("Bb Bb"), P("Xx Xx"));
        (await store.GetNeighborhoodAsync(new NeighborhoodQuery("person:nobody"))).Nodes.Should().BeEmpty();
    }

    [Fact]
    public async Task Shortest_paths_are_found_both_ways_round_up_to_the_hop_limit()
    {
        var store = await NewStoreAsync();
        await store.PutArticleAsync(Chain());

        var paths = await store.FindPathsAsync(new PathQuery(P("Aa Aa"), P("Dd Dd")));
        paths.Select(p => string.Join(" > ", p.Nodes.Select(n => n.Name))).Should().BeEquivalentTo(
            "Aa Aa > Bb Bb > Cc Cc > Dd Dd", "Aa Aa > Bb Bb > Xx Xx > Dd Dd");
        paths.Should().OnlyContain(p => p.Edges.Count == 3);
        var viaX = paths.Single(p => p.Nodes[2].Name == "Xx Xx");
        viaX.Edges.Select(e => e.Type).Should().Equal("MET", "PRAISED", "PRAISED");

        (await store.FindPathsAsync(new PathQuery(P("Hh Hh"), P("Ff Ff"), MaxHops: 6))).Should().HaveCount(2);
        (await store.FindPathsAsync(new PathQuery(P("Hh Hh"), P("Ff Ff"), MaxHops: 5))).Should().BeEmpty("the shortest is six hops");
        (await store.FindPathsAsync(new PathQuery(P("Dd Dd"), P("Aa Aa")))).Should().HaveCount(2, "relations are walked either way");
        (await store.FindPathsAsync(new PathQuery(P("Aa Aa"), P("Dd Dd"), Limit: 1))).Should().HaveCount(1);
        (await store.FindPathsAsync(new PathQuery(P("Aa Aa"), P("Dd Dd")) { Types = ["MET", "CRITICIZED"] })).Single().Nodes.Should().HaveCount(4);
        (await store.FindPathsAsync(new PathQuery(P("Aa Aa"), P("Aa Aa")))).Single().Nodes.Should().ContainSingle();
        (await store.FindPathsAsync(new PathQuery(P("Aa Aa"), "person:nobody"))).Should().BeEmpty();
    }
}
