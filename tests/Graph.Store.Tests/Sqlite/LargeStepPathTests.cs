using Graph.Core.Model;
using Graph.Store.Sqlite;
using Graph.Store.Tests.Support;

namespace Graph.Store.Tests.Sqlite;

/// <summary>
/// The SQLite path search reads a step past a couple of thousand links only when it must (it tries the other side, or
/// the links into what the other side reached, first): with two nodes of 2,100 links each on the way, it still finds
/// exactly the shortest paths, whichever end it starts from.
/// </summary>
public sealed class LargeStepPathTests : IDisposable
{
    private const int HubDegree = 2_100;
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>Two hubs with <see cref="HubDegree"/> partners each, joined through one go-between; a lone end hangs off each hub.</summary>
    private static IEnumerable<ArticleFacts> Graph()
    {
        foreach (var hub in new[] { "Hub Alder", "Hub Birch" })
        {
            for (var start = 0; start < HubDegree; start += 10)
            {
                var article = ArticleBuilder.Article($"{hub}-{start}").Entity(hub, "PERSON");
                for (var i = start; i < start + 10; i++)
                {
                    var partner = $"Partner {hub[4..]} {i:D4}";
                    article.Entity(partner, "ORGANIZATION").Says(hub, "CRITICIZED", partner);
                }

                yield return article;
            }
        }

        yield return ArticleBuilder.Article("bridge").Entity("Hub Alder", "PERSON").Entity("Cass Between", "PERSON").Entity("Hub Birch", "PERSON")
            .Says("Hub Alder", "MET", "Cass Between").Says("Cass Between", "MET", "Hub Birch");
        yield return ArticleBuilder.Article("ends").Entity("Hub Alder", "PERSON").Entity("Dora End", "PERSON").Entity("Hub Birch", "PERSON").Entity("Emil End", "PERSON")
            .Says("Dora End", "SUPPORTED", "Hub Alder").Says("Emil End", "SUPPORTED", "Hub Birch");
    }

    private static List<string> Names(GraphPath path) => [.. path.Nodes.Select(n => n.Name)];

    [Fact]
    public async Task Shortest_paths_through_two_large_hubs_are_found_from_either_end()
    {
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = folder.NewFile("graph.db") });
        foreach (var batch in Graph().Chunk(50))
        {
            await store.PutArticlesAsync(batch);
        }

        async Task<string> Id(string name) => (await store.FindEntitiesByNameAsync(name)).Single().Id;
        var dora = await Id("Dora End");
        var emil = await Id("Emil End");
        var alder = await Id("Hub Alder");

        var paths = await store.FindPathsAsync(new PathQuery(dora, emil, MaxHops: 4));
        paths.Select(Names).Should().BeEquivalentTo(new[] { new[] { "Dora End", "Hub Alder", "Cass Between", "Hub Birch", "Emil End" } });
        paths[0].Edges.Select(e => e.Type).Should().Equal("SUPPORTED", "MET", "MET", "SUPPORTED");

        (await store.FindPathsAsync(new PathQuery(emil, dora, MaxHops: 4))).Select(Names).Should()
            .BeEquivalentTo(new[] { new[] { "Emil End", "Hub Birch", "Cass Between", "Hub Alder", "Dora End" } });
        (await store.FindPathsAsync(new PathQuery(alder, emil, MaxHops: 4))).Select(Names).Should()
            .BeEquivalentTo(new[] { new[] { "Hub Alder", "Cass Between", "Hub Birch", "Emil End" } });
        (await store.FindPathsAsync(new PathQuery(dora, emil, MaxHops: 3))).Should().BeEmpty("the only path is four hops long");

        // Two partners of the same hub: every path of two hops goes through it; with a limit, that many come back.
        var partnerA = await Id("Partner Alder 0001");
        var partnerB = await Id("Partner Alder 2099");
        (await store.FindPathsAsync(new PathQuery(partnerA, partnerB, MaxHops: 4))).Select(Names).Should()
            .BeEquivalentTo(new[] { new[] { "Partner Alder 0001", "Hub Alder", "Partner Alder 2099" } });
    }
}
