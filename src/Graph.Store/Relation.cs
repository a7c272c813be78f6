namespace Graph.Store;

/// <summary>
/// An aggregated, typed relationship between two entities, as Neo4j Browser would show it
/// (<c>Putin -[:MET]-> Xi</c>). It exists while at least one non-negated statement supports it.
/// For a symmetric type the ends are stored in a canonical order (the smaller entity id first).
/// </summary>
/// <param name="Support">How many non-negated statements back it, across all articles.</param>
/// <param name="Confidence">1 - Π(1 - cᵢ) over the confidences of its statements (noisy-or).</param>
/// <param name="FirstSeen">Earliest date among its articles (published date, else first ingestion).</param>
/// <param name="LastSeen">Latest date among its articles.</param>
public sealed record Relation(
    string Id,
    string Type,
    string SubjectId,
    string ObjectId,
    int Support,
    double Confidence,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen)
{
    /// <summary>The id of the relation between two entities: stable, readable, and the same for both stores.</summary>
    public static string IdOf(string subjectId, string type, string objectId) => $"{subjectId}|{type}|{objectId}";
}
