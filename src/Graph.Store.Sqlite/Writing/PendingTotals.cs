using Graph.Store.Rules;

namespace Graph.Store.Sqlite.Writing;

/// <summary>
/// The totals new articles add (relation aggregates, mention counts) and the full-text rows they make stale,
/// gathered over a write transaction and written once per relation or entity when it ends.
/// </summary>
/// <remarks>
/// Why: in a batch, many articles name the same entities and relations; adding to the same row once per article costs
/// one SQL update each time. Sums are exact in any order (integer log sums, counts, min/max), so adding the batch's
/// total once gives the same rows. Anything that reads these rows or moves statements (replacing or retracting an
/// article, renaming an entity) calls <see cref="Flush"/> first.
/// </remarks>
internal sealed class PendingTotals(RelationAggregates relations, EntityMaintenance entities)
{
    private readonly Dictionary<RelationKey, RelationAggregates.Delta> relationDeltas = [];
    private readonly Dictionary<string, long> mentionCounts = new(StringComparer.Ordinal);
    private readonly HashSet<string> staleSearchRows = new(StringComparer.Ordinal);

    public void AddStatement(RelationKey key, double confidence, long seenTicks)
    {
        if (!relationDeltas.TryGetValue(key, out var delta))
        {
            relationDeltas[key] = delta = new RelationAggregates.Delta();
        }

        delta.Add(confidence, seenTicks);
    }

    public void AddMentions(string entityId, long count) =>
        mentionCounts[entityId] = mentionCounts.GetValueOrDefault(entityId) + count;

    /// <summary>The entity gained a name: its full-text row is rewritten at the flush.</summary>
    public void SearchRowIsStale(string entityId) => staleSearchRows.Add(entityId);

    public void Flush()
    {
        // Key order: neighbouring rows share b-tree pages, so the upserts touch fewer pages.
        foreach (var (key, delta) in relationDeltas.OrderBy(d => d.Key.Subject, StringComparer.Ordinal).ThenBy(d => d.Key.Type, StringComparer.Ordinal).ThenBy(d => d.Key.Object, StringComparer.Ordinal))
        {
            relations.Add(key, delta);
        }

        foreach (var (id, count) in mentionCounts)
        {
            entities.AddMentions(id, count);
        }

        foreach (var id in staleSearchRows)
        {
            entities.RefreshSearchRow(id);
        }

        Discard();
    }

    /// <summary>Forgets what is pending (the transaction rolled back).</summary>
    public void Discard()
    {
        relationDeltas.Clear();
        mentionCounts.Clear();
        staleSearchRows.Clear();
    }
}
