using Graph.Core.Model;
using Graph.Store.Sqlite;
using Graph.Store.Tests.Support;

namespace Graph.Store.Tests.Sqlite;

/// <summary>
/// When a path search's frontier holds a hub (more links than it reads in one step), the SQLite store finds the links
/// into the other side without reading the hub out: pair by pair for small sets, from the other side's nodes when those
/// are many but have few links, and by the hub's links filtered in SQL only when both are large. Each way must find the
/// same single path: a leaf of the hub, the hub, the one friend of the star that knows the hub, the star.
/// </summary>
public sealed class HubMeetingPathTests : IDisposable
{
    private const int HubDegree = 2_100;
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>A hub with <see cref="HubDegree"/> partners, a star with <paramref name="friends"/> friends, and one friend tied to the hub.</summary>
    private static IEnumerable<ArticleFacts> Graph(int friends)
    {
        foreach (var (center, leaf, count, relation) in new[] { ("Hub Cedar", "Partner Cedar", HubDegree, "CRITICIZED"), ("Star Dahl", "Friend Dahl", friends, "MET") })
        {
            for (var start = 0; start < count; start += 10)
            {
                var article = ArticleBuilder.Article($"{center}-{start}").Entity(center, "PERSON");
                for (var i = start; i < Math.Min(count, start + 10); i++)
                {
                    var name = $"{leaf} {i:D4}";
                    article.Entity(name, "ORGANIZATION").Says(center, relation, name);
                }

                yield return article;
            }
        }

        yield return ArticleBuilder.Article("bridge").Entity("Friend Dahl 0001", "ORGANIZATION").Entity("Hub Cedar", "PERSON")
            .Says("Friend Dahl 0001", "SUPPORTED", "Hub Cedar");
    }

    [Theory]
    [InlineData(3)] // the star's side is small: the hub and it are looked up pair by pair
    [InlineData(450)] // the star's side is 451 nodes with 901 links: read from there
    [InlineData(2_100)] // both large: the hub's links, filtered in SQL
    public async Task The_path_through_a_hub_is_found_however_the_meeting_is_read(int friends)
    {
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = folder.NewFile("graph.db") });
        foreach (var batch in Graph(friends).Chunk(50))
        {
            await store.PutArticlesAsync(batch);
        }

        async Task<string> Id(string name) => (await store.FindEntitiesByNameAsync(name)).Single().Id;
        var leaf = await Id("Partner Cedar 0001");
        var star = await Id("Star Dahl");
        string[] expected = ["Partner Cedar 0001", "Hub Cedar", "Friend Dahl 0001", "Star Dahl"];

        var paths = await store.FindPathsAsync(new PathQuery(leaf, star, MaxHops: 4));
        paths.Select(p => p.Nodes.Select(n => n.Name)).Should().BeEquivalentTo(new[] { expected }, o => o.WithStrictOrdering());
        paths[0].Edges.Select(e => e.Type).Should().Equal("CRITICIZED", "SUPPORTED", "MET");
        (await store.FindPathsAsync(new PathQuery(star, leaf, MaxHops: 4))).Select(p => p.Nodes.Select(n => n.Name)).Should()
            .BeEquivalentTo(new[] { expected.Reverse() }, o => o.WithStrictOrdering());
        (await store.FindPathsAsync(new PathQuery(leaf, star, MaxHops: 2))).Should().BeEmpty("the only path is three hops long");
    }
}
