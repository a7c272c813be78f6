using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Reading;

/// <summary>
/// The relations among a neighborhood's nodes, each read once, from its subject. The nodes the walk expanded had their
/// outgoing relations read whole during the walk, and those rows are kept here as they came (<see cref="Capture"/>);
/// at the end only the other nodes' outgoing relations are read, and only those into the neighborhood (filtered in SQL).
/// </summary>
/// <remarks>
/// Why: reading every node's outgoing relations again at the end read a hub's thousand links a second time, and handed
/// thousands of rows to .NET to keep a few (in a 1,000-node neighborhood, 4,465 rows for 1,009 edges).
/// Expanded nodes are the first positions of the set (each hop's frontier follows the one before), so "not expanded"
/// is a range: the last hop's nodes.
/// </remarks>
internal sealed class NeighborhoodEdges(LinkReader links)
{
    private readonly List<Link> expandedLinks = [];
    private int expanded;

    /// <summary>Keeps an outgoing link read by <see cref="LinkReader.EachLink"/> with its details, from the node at <paramref name="subject"/>.</summary>
    public void Capture(RawStatement link, int subject) =>
        expandedLinks.Add(new Link(subject, link.Int64(1), links.TypeName(link.Utf8(4)), (int)link.Int64(2), link.Double(5), link.Int64(6), link.Int64(7)));

    /// <summary>The nodes before <paramref name="end"/> have had their links read.</summary>
    public void ExpandedUpTo(int end) => expanded = end;

    /// <summary>The relations whose both ends are in <paramref name="nodes"/> (whose ids are read), in relation id order.</summary>
    public List<Relation> Among(NodeSet nodes, WalkFilter walk)
    {
        var edges = new List<Relation>();
        foreach (var link in expandedLinks)
        {
            var @object = nodes.Find(link.Object);
            if (@object >= 0)
            {
                edges.Add(Edge(nodes, link.Subject, link.Type, @object, link.Support, link.Confidence, link.FirstSeen, link.LastSeen));
            }
        }

        if (expanded < nodes.Count)
        {
            links.OutgoingInto(nodes.Json(expanded), nodes.Json(), walk, row =>
                edges.Add(Edge(nodes, expanded + (int)row.Int64(0), links.TypeName(row.Utf8(2)), nodes.Find(row.Int64(1)), (int)row.Int64(3), row.Double(4), row.Int64(5), row.Int64(6))));
        }

        edges.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return edges;
    }

    private static Relation Edge(NodeSet nodes, int subject, string type, int @object, int support, double confidence, long firstSeen, long lastSeen)
    {
        var subjectId = nodes.IdAt(subject);
        var objectId = nodes.IdAt(@object);
        return new Relation(Relation.IdOf(subjectId, type, objectId), type, subjectId, objectId, support, confidence, Ticks.ToUtc(firstSeen), Ticks.ToUtc(lastSeen));
    }

    private readonly record struct Link(int Subject, long Object, string Type, int Support, double Confidence, long FirstSeen, long LastSeen);
}
