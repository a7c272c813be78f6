using Graph.Core.Model;

namespace Graph.Store.Sqlite.Reading;

/// <summary>
/// Shortest paths by bidirectional breadth-first search over adjacency read by SQL, one query per frontier (the
/// frontier goes in as one JSON list). Relations are walked in either direction. Every node met is given a position once
/// in one <see cref="NodeSet"/> for the whole search; ids (for the orders by id) are read for the nodes each step reaches.
/// </summary>
internal sealed class PathFinder(LinkReader links, EntityReader entities, NodeReader nodeReader)
{
    /// <summary>Links read in full for one step before the other side is tried instead (see <see cref="NextStep"/>).</summary>
    private const int StepBudget = 2_000;

    /// <summary>Pairs of nodes looked up one by one, at most, when two large ends meet (see <see cref="Meeting"/>).</summary>
    private const int PairBudget = 400;

    public List<GraphPath> Find(PathQuery query)
    {
        if (query.Limit <= 0 || entities.NumberOf(query.FromId) is not { } from || entities.NumberOf(query.ToId) is not { } to)
        {
            return [];
        }

        if (from == to)
        {
            return [new GraphPath([entities.ById(query.FromId)!], [])];
        }

        var known = new NodeSet();
        var walk = new WalkFilter(query.Types, 0, null, null);
        var forward = new Side(known, from, query.FromId);
        var backward = new Side(known, to, query.ToId);
        while (forward.Depth + backward.Depth < query.MaxHops)
        {
            var first = forward.Frontier.Count <= backward.Frontier.Count ? forward : backward;
            var (side, step) = NextStep(known, first, first == forward ? backward : forward, walk, lastStep: forward.Depth + backward.Depth + 1 == query.MaxHops);
            side.Expand(step, nodeReader);
            var other = side == forward ? backward : forward;
            var meetings = side.Frontier.Where(other.Reached).ToList();
            if (meetings.Count > 0)
            {
                var shortest = meetings.Min(other.LevelOf);
                var middles = meetings.Where(m => other.LevelOf(m) == shortest).OrderBy(known.IdAt, StringComparer.Ordinal);
                return Materialise(known, EnumeratePaths(forward, backward, middles, query.Limit).ToList(), walk);
            }

            if (side.Frontier.Count == 0)
            {
                break;
            }
        }

        return [];
    }

    /// <summary>Which side steps next, and the links (near end, far end) it steps over.</summary>
    /// <remarks>
    /// When the links from <paramref name="first"/>'s frontier into what the other side reached are any, this step ends the
    /// search, and a step over just those links reaches the same meetings with the same parents as the whole step would
    /// (the last step can only end on such a node anyway); otherwise the whole step. Only up to <see cref="StepBudget"/>
    /// links of a frontier are read: a frontier next to a node with tens of thousands of links would read all of them out,
    /// so past the budget the other side is tried the same way, and only when both are that large does the first side step
    /// in full. Any order of steps finds the same shortest length and the same paths (a limit may keep another subset of
    /// them when there are more).
    /// </remarks>
    private (Side Side, List<(int Near, int Far)> Links) NextStep(NodeSet known, Side first, Side second, WalkFilter walk, bool lastStep)
    {
        var whole = Links(known, first, walk, StepBudget);
        var meeting = Meeting(known, first, second, walk, whole);
        if (meeting.Count > 0 || lastStep)
        {
            return (first, meeting);
        }

        if (whole.Count < StepBudget)
        {
            return (first, whole);
        }

        var otherWhole = Links(known, second, walk, StepBudget);
        var otherMeeting = Meeting(known, second, first, walk, otherWhole);
        if (otherMeeting.Count > 0)
        {
            return (second, otherMeeting);
        }

        return otherWhole.Count < StepBudget ? (second, otherWhole) : (first, Links(known, first, walk));
    }

    /// <summary>The links of a side's frontier (only those into what <paramref name="onlyTo"/> reached, when given), at most <paramref name="limit"/>.</summary>
    private List<(int Near, int Far)> Links(NodeSet known, Side from, WalkFilter walk, int limit = int.MaxValue, Side? onlyTo = null)
    {
        var step = new List<(int, int)>();
        var frontier = from.Frontier;
        links.EachLink(from.FrontierJson(), walk, row => step.Add((frontier[(int)row.Int64(0)], known.Add(row.Int64(1)))), onlyTo?.ReachedJson(), limit);
        return step;
    }

    /// <summary>The links from <paramref name="from"/>'s frontier into what <paramref name="into"/> reached, read from whichever end is cheaper.</summary>
    /// <remarks>
    /// When the frontier's links were read whole (under the budget), they are simply filtered. Otherwise the frontier holds a
    /// node with thousands of links, and reading them all to keep the few into the other side's nodes was most of a slow
    /// search. So, in turn: when the two sets are small, each pair of nodes is looked up (<see cref="LinkReader.EachPair"/>);
    /// else the links of the other side's nodes are read (up to the budget) and kept when their far end is on the frontier,
    /// the same relations seen from their other end; only when those are many too are the frontier's links read in full,
    /// filtered in SQL.
    /// </remarks>
    private List<(int Near, int Far)> Meeting(NodeSet known, Side from, Side into, WalkFilter walk, List<(int Near, int Far)> whole)
    {
        if (whole.Count < StepBudget)
        {
            return whole.FindAll(link => into.Reached(link.Far));
        }

        var near = from.Frontier;
        var reached = into.ReachedInOrder;
        var seen = new List<(int, int)>();
        if ((long)near.Count * reached.Count <= PairBudget)
        {
            links.EachPair(from.FrontierJson(), into.ReachedJson(), walk, row => seen.Add((near[(int)row.Int64(0)], reached[(int)row.Int64(1)])));
            return seen;
        }

        var frontier = near.ToHashSet();
        var read = links.EachLink(
            into.ReachedJson(),
            walk,
            row =>
            {
                var end = known.Find(row.Int64(1));
                if (end >= 0 && frontier.Contains(end))
                {
                    seen.Add((end, reached[(int)row.Int64(0)]));
                }
            },
            limit: StepBudget);
        if (read < StepBudget)
        {
            return seen;
        }

        return Links(known, from, walk, onlyTo: into);
    }

    private static IEnumerable<List<int>> EnumeratePaths(Side forward, Side backward, IEnumerable<int> middles, int limit)
    {
        var count = 0;
        foreach (var middle in middles)
        {
            foreach (var head in forward.PathsTo(middle))
            {
                foreach (var tail in backward.PathsTo(middle))
                {
                    var path = new List<int>(head);
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

    private List<GraphPath> Materialise(NodeSet known, List<List<int>> paths, WalkFilter walk)
    {
        var nodes = entities.ByIds(paths.SelectMany(p => p).Distinct().Select(known.IdAt));
        var edges = new Dictionary<(int, int), Relation>();
        foreach (var path in paths)
        {
            for (var i = 0; i + 1 < path.Count; i++)
            {
                var pair = (path[i], path[i + 1]);
                if (!edges.ContainsKey(pair))
                {
                    edges[pair] = links.Between(known[pair.Item1], known[pair.Item2], walk);
                }
            }
        }

        return paths
            .Select(p => new GraphPath(p.Select(n => nodes[known.IdAt(n)]).ToList(), p.Zip(p.Skip(1), (a, b) => edges[(a, b)]).ToList()))
            .ToList();
    }

    /// <summary>One side of a bidirectional search: the level of each reached node and all its parents one level closer (nodes by their number in the search's set).</summary>
    private sealed class Side
    {
        private readonly NodeSet known;
        private readonly Dictionary<int, int> level = [];
        private readonly Dictionary<int, List<int>> parents = [];
        private readonly List<int> reachedInOrder = [];
        private string? reachedJson;

        public Side(NodeSet known, long origin, string originId)
        {
            this.known = known;
            var start = known.Add(origin);
            known.SetId(start, originId);
            level[start] = 0;
            reachedInOrder.Add(start);
            Frontier = [start];
        }

        public List<int> Frontier { get; private set; }

        public int Depth { get; private set; }

        public bool Reached(int node) => level.ContainsKey(node);

        public int LevelOf(int node) => level[node];

        public string FrontierJson() => known.Json(Frontier);

        /// <summary>Every node this side reached, in the order it reached them.</summary>
        public IReadOnlyList<int> ReachedInOrder => reachedInOrder;

        /// <summary><see cref="ReachedInOrder"/> as one JSON list of entity numbers (kept until the next step).</summary>
        public string ReachedJson() => reachedJson ??= known.Json(reachedInOrder);

        /// <summary>Steps over <paramref name="links"/>; the nodes reached get their ids read (the next frontier and parents go in id order).</summary>
        public void Expand(List<(int Near, int Far)> links, NodeReader ids)
        {
            var next = new List<int>();
            foreach (var (from, other) in links)
            {
                if (level.TryGetValue(other, out var reached))
                {
                    if (reached == Depth + 1 && !parents[other].Contains(from))
                    {
                        parents[other].Add(from);
                    }

                    continue;
                }

                level[other] = Depth + 1;
                reachedInOrder.Add(other);
                parents[other] = [from];
                next.Add(other);
            }

            ids.LoadIds(known, next);
            Comparison<int> byId = (a, b) => string.CompareOrdinal(known.IdAt(a), known.IdAt(b));
            next.Sort(byId);
            foreach (var node in next)
            {
                parents[node].Sort(byId);
            }

            Frontier = next;
            Depth++;
            reachedJson = null;
        }

        /// <summary>All shortest paths from the origin to <paramref name="node"/>, origin first, in id order.</summary>
        public IEnumerable<List<int>> PathsTo(int node)
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
