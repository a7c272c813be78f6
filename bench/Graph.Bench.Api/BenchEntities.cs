using Graph.Store;

namespace Graph.Bench.Api;

/// <summary>The entity ids the scenarios cycle through, chosen from the graph itself (never from a list of names).</summary>
internal sealed record BenchEntities(IReadOnlyList<string> Any, IReadOnlyList<string> WithManyRelations, IReadOnlyList<string> WithLargeNeighborhood)
{
    private const int AnyCount = 256;
    private const int HubCount = 64;
    private const int NeighborhoodCount = 32;
    private const int NeighborhoodCandidates = 256;

    /// <summary>
    /// Any: ids spread evenly over the whole graph. Hubs: the entities with the most relations (a full page of 20 where
    /// the graph has them). Neighborhoods: of the best-connected entities, those with the largest 2-hop neighborhoods
    /// (200 nodes where the graph has them). The figures say how much each response really held.
    /// </summary>
    public static async Task<BenchEntities> ChooseAsync(IGraphStore store)
    {
        var graph = await store.ReadAllAsync().ConfigureAwait(false);
        var all = graph.Entities.Select(e => e.Id).Order(StringComparer.Ordinal).ToList();
        var step = Math.Max(1, all.Count / AnyCount);
        var any = all.Where((_, i) => i % step == 0).Take(AnyCount).ToList();

        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var relation in graph.Relations)
        {
            degree[relation.SubjectId] = degree.GetValueOrDefault(relation.SubjectId) + 1;
            degree[relation.ObjectId] = degree.GetValueOrDefault(relation.ObjectId) + 1;
        }
        var byDegree = degree.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        var hubs = byDegree.Take(HubCount).ToList();

        var sizes = new List<(string Id, int Nodes)>();
        foreach (var (id, _) in byDegree.Take(NeighborhoodCandidates))
        {
            var neighborhood = await store.GetNeighborhoodAsync(new NeighborhoodQuery(id, 2, 200)).ConfigureAwait(false);
            sizes.Add((id, neighborhood.Nodes.Count));
        }
        var large = sizes.OrderByDescending(s => s.Nodes).ThenBy(s => s.Id, StringComparer.Ordinal).Take(NeighborhoodCount).ToList();
        if (any.Count == 0 || hubs.Count == 0 || large.Count == 0) throw new InvalidOperationException("the graph has no relations: nothing to measure");

        Console.WriteLine($"graph: {graph.Articles.Count:N0} articles, {graph.Entities.Count:N0} entities, {graph.Relations.Count:N0} relations, {graph.Statements.Count:N0} statements");
        Console.WriteLine($"ids cycled: (a) {any.Count} spread over all entities; (b) the {hubs.Count} with the most relations, "
            + $"{hubs[^1].Value}..{hubs[0].Value} (mean {hubs.Average(h => Math.Min(20, h.Value)):0.0} in a page of 20); "
            + $"(c) the {large.Count} largest 2-hop neighborhoods, {large[^1].Nodes}..{large[0].Nodes} nodes (mean {large.Average(l => l.Nodes):0})");
        return new BenchEntities(any, [.. hubs.Select(h => h.Key)], [.. large.Select(l => l.Id)]);
    }
}
