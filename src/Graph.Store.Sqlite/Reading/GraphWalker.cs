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
    /// at a cap need theirs (to choose which of them fit).
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
        var rank = new List<(int Hop, int Support)> { (0, 0) };
        var frontierStart = 0;
        var truncated = false;
        for (var hop = 1; hop <= query.Hops && frontierStart < nodes.Count && !truncated; hop++)
        {
            // The nodes one hop further, each with its strongest link.
            var candidates = new NodeSet();
            var support = new List<int>();
            links.EachLink(nodes.Json(frontierStart), filter, link =>
            {
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
            });

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

                rank.Add((hop, support[candidate]));
            }
        }

        var all = Enumerable.Range(0, nodes.Count).ToList();
        var read = nodeReader.Read(nodes, all);
        all.RemoveAll(position => !read.ContainsKey(position));
        all.Sort((a, b) => rank[a].Hop != rank[b].Hop ? rank[a].Hop.CompareTo(rank[b].Hop)
            : rank[a].Support != rank[b].Support ? rank[b].Support.CompareTo(rank[a].Support)
            : string.CompareOrdinal(nodes.IdAt(a), nodes.IdAt(b)));
        return new Neighborhood([.. all.Select(position => read[position])], links.Among(nodes, filter), truncated);
    }

    public List<GraphPath> Paths(PathQuery query) => paths.Find(query);

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
