using Graph.Core.Model;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Reading;

/// <summary>
/// Walks the graph over adjacency read by SQL, one query per frontier (the frontier goes in as one JSON list):
/// breadth-first neighborhoods with a node cap, and shortest paths by bidirectional breadth-first search.
/// Relations are walked in either direction.
/// </summary>
internal sealed class GraphWalker(SqlSession db, EntityReader entities)
{
    public Neighborhood Neighborhood(NeighborhoodQuery query)
    {
        if (entities.ById(query.EntityId) is null)
        {
            return new Neighborhood([], [], false);
        }

        var limit = Math.Max(1, query.Limit);
        var visited = new List<string> { query.EntityId };
        var seen = new HashSet<string>(StringComparer.Ordinal) { query.EntityId };
        var frontier = new List<string> { query.EntityId };
        var truncated = false;
        for (var hop = 0; hop < query.Hops && frontier.Count > 0 && !truncated; hop++)
        {
            // Strongest links first, so a capped neighborhood keeps what matters most; ties by id, for determinism.
            var candidates = Adjacent(frontier, query.Types, query.MinConfidence, query.Since, query.Until)
                .Where(link => !seen.Contains(link.Other))
                .GroupBy(link => link.Other, StringComparer.Ordinal)
                .Select(g => (Id: g.Key, Support: g.Max(link => link.Support)))
                .OrderByDescending(c => c.Support)
                .ThenBy(c => c.Id, StringComparer.Ordinal)
                .ToList();
            frontier = [];
            foreach (var candidate in candidates)
            {
                if (visited.Count >= limit)
                {
                    truncated = true;
                    break;
                }

                visited.Add(candidate.Id);
                seen.Add(candidate.Id);
                frontier.Add(candidate.Id);
            }
        }

        // The relations among the nodes: each node's outgoing relations (one index seek per node), kept when the other
        // end is a node too.
        var filter = new SqlFilter();
        var nodes = filter.P(Json.Array(visited));
        filter.Where($"r.object_id IN (SELECT value FROM json_each({nodes}))");
        RelationReader.Common(filter, query.Types, query.Since, query.Until, query.MinConfidence, 1);
        var edges = db.Rows($"SELECT {RelationReader.Columns} FROM json_each({nodes}) j CROSS JOIN relation r ON r.subject_id = j.value{filter.Clause}", RelationReader.Read, [.. filter.Args])
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        return new Neighborhood(entities.InOrder(visited), edges, truncated);
    }

    public List<GraphPath> Paths(PathQuery query)
    {
        var ends = entities.ByIds([query.FromId, query.ToId]);
        if (!ends.ContainsKey(query.FromId) || !ends.ContainsKey(query.ToId) || query.Limit <= 0)
        {
            return [];
        }

        if (query.FromId == query.ToId)
        {
            return [new GraphPath([ends[query.FromId]], [])];
        }

        var forward = new Search(query.FromId);
        var backward = new Search(query.ToId);
        while (forward.Depth + backward.Depth < query.MaxHops)
        {
            var first = forward.Frontier.Count <= backward.Frontier.Count ? forward : backward;
            var (side, links) = NextStep(first, first == forward ? backward : forward, query.Types, lastStep: forward.Depth + backward.Depth + 1 == query.MaxHops);
            side.Expand(links);
            var other = side == forward ? backward : forward;
            var meetings = side.Frontier.Where(other.Level.ContainsKey).ToList();
            if (meetings.Count > 0)
            {
                var shortest = meetings.Min(m => other.Level[m]);
                var middles = meetings.Where(m => other.Level[m] == shortest).Order(StringComparer.Ordinal);
                return Materialise(EnumeratePaths(forward, backward, middles, query.Limit).ToList(), query.Types);
            }

            if (side.Frontier.Count == 0)
            {
                break;
            }
        }

        return [];
    }

    /// <summary>Links read in full for one step before the other side is tried instead (see <see cref="NextStep"/>).</summary>
    private const int StepBudget = 2_000;

    /// <summary>Which side steps next, and the links it steps over.</summary>
    /// <remarks>
    /// First only the links from <paramref name="first"/>'s frontier into what the other side reached: when there are any,
    /// this step ends the search, and a step over just those links reaches the same meetings with the same parents as the
    /// whole step would (the last step can only end on such a node anyway). Otherwise the whole step, read up to
    /// <see cref="StepBudget"/> links: a frontier next to a node with tens of thousands of links would read all of them
    /// out, so past the budget the other side is tried the same way, and only when both are that large does the first
    /// side step in full. Any order of steps finds the same shortest length and the same paths (a limit may keep
    /// another subset of them when there are more).
    /// </remarks>
    private (Search Side, List<(string From, string Other, int Support)> Links) NextStep(Search first, Search second, IReadOnlyCollection<string> types, bool lastStep)
    {
        var meeting = Adjacent(first.Frontier, types, 0, null, null, onlyTo: second.Level.Keys);
        if (meeting.Count > 0 || lastStep)
        {
            return (first, meeting);
        }

        var whole = Adjacent(first.Frontier, types, 0, null, null, limit: StepBudget);
        if (whole.Count < StepBudget)
        {
            return (first, whole);
        }

        var otherMeeting = Adjacent(second.Frontier, types, 0, null, null, onlyTo: first.Level.Keys);
        if (otherMeeting.Count > 0)
        {
            return (second, otherMeeting);
        }

        var otherWhole = Adjacent(second.Frontier, types, 0, null, null, limit: StepBudget);
        return otherWhole.Count < StepBudget ? (second, otherWhole) : (first, Adjacent(first.Frontier, types, 0, null, null));
    }

    /// <summary>Every relation with an end in the frontier (and, when <c>onlyTo</c> is given, the other end among those), as (that end, the other end, support).</summary>
    /// <remarks>
    /// The frontier is walked first (CROSS JOIN fixes the order), one index seek per node: on the primary key for
    /// outgoing relations, on <c>relation_by_object</c> (which carries the support, so it covers the walk) for incoming ones.
    /// </remarks>
    private List<(string From, string Other, int Support)> Adjacent(
        IReadOnlyList<string> frontier, IReadOnlyCollection<string> types, double minConfidence, DateTimeOffset? since, DateTimeOffset? until, IEnumerable<string>? onlyTo = null, int limit = int.MaxValue)
    {
        var links = new List<(string, string, int)>();
        var targets = onlyTo is null ? null : Json.Array(onlyTo);
        foreach (var (near, far) in new[] { ("subject_id", "object_id"), ("object_id", "subject_id") })
        {
            if (links.Count >= limit)
            {
                break;
            }

            var filter = new SqlFilter();
            var list = filter.P(Json.Array(frontier));
            if (targets is not null)
            {
                filter.Where($"r.{far} IN (SELECT value FROM json_each({filter.P(targets)}))");
            }

            RelationReader.Common(filter, types, since, until, minConfidence, 1);
            // The near end by its place in the frontier (j.key): one string fewer to read out per link.
            links.AddRange(db.Rows(
                $"SELECT j.key, r.{far}, r.support FROM json_each({list}) j CROSS JOIN relation r ON r.{near} = j.value{filter.Clause}{(limit == int.MaxValue ? string.Empty : " LIMIT " + filter.P(limit - links.Count))}",
                r => (frontier[(int)r.Int64(0)], r.Text(1), (int)r.Int64(2)),
                [.. filter.Args]));
        }

        return links;
    }

    private static IEnumerable<List<string>> EnumeratePaths(Search forward, Search backward, IEnumerable<string> middles, int limit)
    {
        var count = 0;
        foreach (var middle in middles)
        {
            foreach (var head in forward.PathsTo(middle))
            {
                foreach (var tail in backward.PathsTo(middle))
                {
                    var path = new List<string>(head);
                    path.AddRange(Enumerable.Reverse(tail).Skip(1));
                    yield return path;
                    if (++count >= limit)
                    {
                        yield break;
                    }
                }
            }
        }
    }

    private List<GraphPath> Materialise(List<List<string>> paths, IReadOnlyCollection<string> types)
    {
        var nodes = entities.ByIds(paths.SelectMany(p => p));
        var edges = new Dictionary<(string, string), Relation>();
        foreach (var path in paths)
        {
            for (var i = 0; i + 1 < path.Count; i++)
            {
                var pair = (path[i], path[i + 1]);
                if (!edges.ContainsKey(pair))
                {
                    edges[pair] = Between(path[i], path[i + 1], types);
                }
            }
        }

        return paths
            .Select(p => new GraphPath(p.Select(id => nodes[id]).ToList(), p.Zip(p.Skip(1), (a, b) => edges[(a, b)]).ToList()))
            .ToList();
    }

    /// <summary>The strongest relation between two entities, either way round.</summary>
    private Relation Between(string a, string b, IReadOnlyCollection<string> types)
    {
        var filter = new SqlFilter();
        var pa = filter.P(a);
        var pb = filter.P(b);
        filter.Where($"((r.subject_id = {pa} AND r.object_id = {pb}) OR (r.subject_id = {pb} AND r.object_id = {pa}))");
        RelationReader.Common(filter, types, null, null, 0, 1);
        return db.Single($"SELECT {RelationReader.Columns} FROM relation r{filter.Clause} ORDER BY r.support DESC, r.subject_id, r.type, r.object_id LIMIT 1", RelationReader.Read, [.. filter.Args])
            ?? throw new InvalidOperationException($"no relation between '{a}' and '{b}' although the walk crossed one");
    }

    /// <summary>One side of a bidirectional search: the level of each reached node and all its parents one level closer.</summary>
    private sealed class Search
    {
        private readonly Dictionary<string, List<string>> parents = new(StringComparer.Ordinal);

        public Search(string origin)
        {
            Level[origin] = 0;
            Frontier = [origin];
        }

        public Dictionary<string, int> Level { get; } = new(StringComparer.Ordinal);

        public List<string> Frontier { get; private set; }

        public int Depth { get; private set; }

        public void Expand(IEnumerable<(string From, string Other, int Support)> links)
        {
            var next = new List<string>();
            foreach (var (from, other, _) in links)
            {
                if (Level.TryGetValue(other, out var level))
                {
                    if (level == Depth + 1 && !parents[other].Contains(from))
                    {
                        parents[other].Add(from);
                    }

                    continue;
                }

                Level[other] = Depth + 1;
                parents[other] = [from];
                next.Add(other);
            }

            next.Sort(StringComparer.Ordinal);
            foreach (var node in next)
            {
                parents[node].Sort(StringComparer.Ordinal);
            }

            Frontier = next;
            Depth++;
        }

        /// <summary>All shortest paths from the origin to <paramref name="node"/>, origin first, in id order.</summary>
        public IEnumerable<List<string>> PathsTo(string node)
        {
            if (!parents.TryGetValue(node, out var ps))
            {
                yield return [node];
                yield break;
            }

            foreach (var parent in ps)
            {
                foreach (var path in PathsTo(parent))
                {
                    path.Add(node);
                    yield return path;
                }
            }
        }
    }
}
