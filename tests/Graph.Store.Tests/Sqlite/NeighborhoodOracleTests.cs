using Graph.Core.Model;
using Graph.Store.Sqlite;
using Graph.Store.Tests.Support;

namespace Graph.Store.Tests.Sqlite;

/// <summary>
/// The SQLite store's neighborhoods against a plain breadth-first walk over the whole graph as <c>ReadAllAsync</c> gives
/// it. The store reads each edge once, from whichever end it has in hand (an expanded node's links kept from the walk,
/// the last hop's nodes' relations into the set read at the end), and reads ids only where ties need them; this checks
/// that those shortcuts give exactly the nodes, their order, the edges and the truncation the definition gives.
/// </summary>
public sealed class NeighborhoodOracleTests : IDisposable
{
    private static readonly string[] RelationTypes = ["MET", "CRITICIZED", "SUPPORTED", "COOPERATED"];
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>A random graph: 40 organisations, 60 articles of 5 each, relations between them (repeats raise support; MET and COOPERATED are symmetric).</summary>
    private static IEnumerable<ArticleFacts> RandomGraph(int seed)
    {
        var random = new Random(seed);
        var names = Enumerable.Range(0, 40).Select(i => $"Kestrel Works {(char)('A' + (i % 26))}{i:D2}").ToArray();
        for (var a = 0; a < 60; a++)
        {
            var cast = names.OrderBy(_ => random.Next()).Take(5).ToArray();
            var article = ArticleBuilder.Article($"n{seed}-{a}", day: 1 + random.Next(30));
            foreach (var name in cast)
            {
                article.Entity(name, "ORGANIZATION");
            }

            for (var s = 0; s < 6; s++)
            {
                var subject = cast[random.Next(cast.Length)];
                var @object = cast[random.Next(cast.Length)];
                if (subject != @object)
                {
                    article.Says(subject, RelationTypes[random.Next(RelationTypes.Length)], @object, 0.5 + (random.Next(50) / 100.0));
                }
            }

            yield return article;
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Neighborhoods_are_the_breadth_first_walk_of_the_whole_graph(int seed)
    {
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = folder.NewFile("graph.db") });
        await store.PutArticlesAsync([.. RandomGraph(seed)]);
        var graph = await store.ReadAllAsync();
        var starts = graph.Entities.Select(e => e.Id).Order(StringComparer.Ordinal).Where((_, i) => i % 7 == 0).ToList();

        var checkedQueries = 0;
        foreach (var start in starts)
        {
            foreach (var (hops, limit) in new[] { (1, 200), (2, 200), (3, 200), (1, 4), (2, 9), (3, 15) })
            {
                foreach (var types in new[] { Array.Empty<string>(), ["CRITICIZED", "MET"] })
                {
                    var query = new NeighborhoodQuery(start, hops, limit) { Types = types };
                    var expected = Walk(graph.Relations, query);
                    var actual = await store.GetNeighborhoodAsync(query);
                    actual.Nodes.Select(n => n.Id).Should().Equal(expected.Nodes, $"nodes of {query}");
                    actual.Edges.Select(e => e.Id).Should().Equal(expected.Edges, $"edges of {query}");
                    actual.Truncated.Should().Be(expected.Truncated, $"truncation of {query}");
                    checkedQueries++;
                }
            }
        }

        checkedQueries.Should().BeGreaterThan(50);
    }

    /// <summary>
    /// The definition: hop by hop, the nodes one relation away (either direction) from the last hop's, each with its strongest
    /// link, strongest first, ties by id, until the limit (then truncated, and no further hop); the edges are every relation
    /// with both ends among the nodes, by id.
    /// </summary>
    private static (List<string> Nodes, List<string> Edges, bool Truncated) Walk(IReadOnlyList<Relation> all, NeighborhoodQuery query)
    {
        var relations = all.Where(r => query.Types.Count == 0 || query.Types.Contains(r.Type)).ToList();
        var nodes = new List<string> { query.EntityId };
        var frontier = new List<string> { query.EntityId };
        var truncated = false;
        for (var hop = 1; hop <= query.Hops && frontier.Count > 0 && !truncated; hop++)
        {
            var strongest = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var r in relations)
            {
                foreach (var (near, far) in new[] { (r.SubjectId, r.ObjectId), (r.ObjectId, r.SubjectId) })
                {
                    if (frontier.Contains(near) && !nodes.Contains(far))
                    {
                        strongest[far] = Math.Max(strongest.GetValueOrDefault(far), r.Support);
                    }
                }
            }

            var next = strongest.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).ToList();
            var room = query.Limit - nodes.Count;
            if (next.Count > room)
            {
                truncated = true;
                next = next.Take(Math.Max(0, room)).ToList();
            }

            nodes.AddRange(next);
            frontier = next;
        }

        var edges = relations.Where(r => nodes.Contains(r.SubjectId) && nodes.Contains(r.ObjectId)).Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
        return (nodes, edges, truncated);
    }
}
