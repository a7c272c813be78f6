using Graph.Core.Model;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Reading;

/// <summary>
/// Walks the graph over adjacency read by SQL, one query per frontier (the frontier goes in as one JSON list):
/// breadth-first neighborhoods with a node cap, and shortest paths (<see cref="PathFinder"/>).
/// Relations are walked in either direction.
/// </summary>
internal sealed class GraphWalker
{
    private readonly SqlSession db;
    private readonly NodeReader nodeReader;
    private readonly LinkReader links;
    private readonly PathFinder paths;

    public GraphWalker(SqlSession db, EntityReader entities)
    {
        this.db = db;
        nodeReader = new NodeReader(db);
        links = new LinkReader(db);
        paths = new PathFinder(links, entities);
    }

    public Neighborhood Neighborhood(NeighborhoodQuery query)
    {
        if (db.Scalar<long>("SELECT count(*) FROM entity WHERE id = $p0", query.EntityId) == 0)
        {
            return new Neighborhood([], [], false);
        }

        var limit = Math.Max(1, query.Limit);
        var filter = new WalkFilter(query.Types, query.MinConfidence, query.Since, query.Until);
        var nodes = new NodeSet();
        nodes.Add(query.EntityId);
        var frontierStart = 0;
        var truncated = false;
        for (var hop = 0; hop < query.Hops && frontierStart < nodes.Count && !truncated; hop++)
        {
            // The nodes one hop further, each with its strongest link: an end already in the set costs no string.
            var candidates = new NodeSet();
            var support = new List<int>();
            links.EachLink(nodes.Json(frontierStart), filter, link =>
            {
                var end = link.Utf8(1);
                if (nodes.Find(end) >= 0)
                {
                    return;
                }

                var at = candidates.FindOrAdd(end);
                var strength = (int)link.Int64(2);
                if (at == support.Count)
                {
                    support.Add(strength);
                }
                else if (strength > support[at])
                {
                    support[at] = strength;
                }
            });

            // Strongest links first, so a capped neighborhood keeps what matters most; ties by id, for determinism.
            var order = Enumerable.Range(0, candidates.Count).ToArray();
            Array.Sort(order, (a, b) => support[a] != support[b] ? support[b].CompareTo(support[a]) : string.CompareOrdinal(candidates[a], candidates[b]));
            frontierStart = nodes.Count;
            foreach (var candidate in order)
            {
                if (nodes.Count >= limit)
                {
                    truncated = true;
                    break;
                }

                nodes.Add(candidates[candidate]);
            }
        }

        return new Neighborhood(nodeReader.InOrder(nodes), links.Among(nodes, filter), truncated);
    }

    public List<GraphPath> Paths(PathQuery query) => paths.Find(query);
}
