using Graph.Core.Model;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Reading;

/// <summary>
/// Walks the graph over adjacency read by SQL, one query per frontier (the frontier goes in as one JSON list of entity
/// numbers): breadth-first neighborhoods with a node cap, and shortest paths (<see cref="PathFinder"/>).
/// Relations are walked in either direction.
/// </summary>
internal sealed class GraphWalker
{
    private readonly NodeReader nodeReader;
    private readonly EntityReader entities;
    private readonly LinkReader links;
    private readonly PathFinder paths;

    public GraphWalker(SqlSession db, EntityReader entities)
    {
        this.entities = entities;
        nodeReader = new NodeReader(db);
        links = new LinkReader(db);
        paths = new PathFinder(links, entities, nodeReader);
    }

    /// <remarks>
    /// Nodes come hop by hop; within a hop, strongest link first, ties by id, so a capped neighborhood keeps what matters
    /// most, deterministically. Ids are read once, with the entities, at the end: during the walk only the candidates tied
    /// at a cap need theirs (to choose which of them fit). The edges come from <see cref="NeighborhoodEdges"/>.
    /// </remarks>
    public Neighborhood Neighborhood(NeighborhoodQuery query)
    {
        if (entities.NumberOf(query.EntityId) is not { } start)
        {
            return new Neighborhood([], [], false);
        }

        var limit = Math.Max(1, query.Limit);
        var filter = new WalkFilter(query.Types, query.MinConfidence, query.Since, query.Until);
        var nodes = new NodeSet();
        nodes.SetId(nodes.Add(start), query.EntityId);
        var edges = new NeighborhoodEdges(links);
        var rank = new List<long> { Rank(0, 0) };
        var frontierStart = 0;
        var truncated = false;
        for (var hop = 1; hop <= query.Hops && frontierStart < nodes.Count && !truncated; hop++)
        {
            // The nodes one hop further, each with its strongest link; the frontier's outgoing links are kept as edges.
            var candidates = new NodeSet();
            var support = new List<int>();
            var frontier = frontierStart;
            links.EachLink(
                nodes.Json(frontierStart),
                filter,
                link =>
                {
                    if (link.Int64(3) == 0)
                    {
                        edges.Capture(link, frontier + (int)link.Int64(0));
                    }

                    var end = link.Int64(1);
                    if (nodes.Find(end) >= 0)
                    {
                        return;
                    }

                    var at = candidates.Add(end);
                    var strength = (int)link.Int64(2);
                    if (at == support.Count)
                    {
                        support.Add(strength);
                    }
                    else if (strength > support[at])
                    {
                        support[at] = strength;
                    }
                },
                details: true);
            edges.ExpandedUpTo(nodes.Count);

            var chosen = Enumerable.Range(0, candidates.Count).ToList();
            var room = limit - nodes.Count;
            if (chosen.Count > room)
            {
                truncated = true;
                chosen = Strongest(candidates, support, room);
            }

            frontierStart = nodes.Count;
            foreach (var candidate in chosen)
            {
                var position = nodes.Add(candidates[candidate]);
                if (candidates.HasId(candidate))
                {
                    nodes.SetId(position, candidates.IdAt(candidate));
                }

                rank.Add(Rank(hop, support[candidate]));
            }
        }

        var read = nodeReader.Read(nodes);
        return new Neighborhood(InRankOrder(nodes, read, rank), edges.Among(nodes, filter), truncated);
    }

    public List<GraphPath> Paths(PathQuery query) => paths.Find(query);

    /// <summary>A node's place before ties: its hop first, then its strongest link, strongest first (one integer, so the sort compares numbers).</summary>
    private static long Rank(int hop, int support) => ((long)hop << 32) | (uint)(int.MaxValue - support);

    /// <summary>The entities read, by rank, ties by id.</summary>
    private static List<Entity> InRankOrder(NodeSet nodes, Entity?[] read, List<long> rank)
    {
        var positions = Enumerable.Range(0, nodes.Count).Where(p => read[p] is not null).ToArray();
        var keys = positions.Select(p => rank[p]).ToArray();
        Array.Sort(keys, positions);
        var ids = positions.Select(nodes.IdAt).ToArray();
        for (var first = 0; first < positions.Length;)
        {
            var end = first + 1;
            while (end < positions.Length && keys[end] == keys[first])
            {
                end++;
            }

            Array.Sort(ids, positions, first, end - first, StringComparer.Ordinal);
            first = end;
        }

        return [.. positions.Select(p => read[p]!)];
    }

    /// <summary>The <paramref name="room"/> candidates with the strongest links; among those tied at the cut, the smallest ids (read for them alone).</summary>
    private List<int> Strongest(NodeSet candidates, List<int> support, int room)
    {
        if (room <= 0)
        {
            return [];
        }

        var bySupport = Enumerable.Range(0, candidates.Count).ToList();
        bySupport.Sort((a, b) => support[b].CompareTo(support[a]));
        var cut = support[bySupport[room - 1]];
        var chosen = bySupport.TakeWhile(c => support[c] > cut).ToList();
        var tied = bySupport.Where(c => support[c] == cut).ToList();
        nodeReader.LoadIds(candidates, tied);
        tied.Sort((a, b) => string.CompareOrdinal(candidates.IdAt(a), candidates.IdAt(b)));
        chosen.AddRange(tied.Take(room - chosen.Count));
        return chosen;
    }
}
