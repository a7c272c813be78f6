using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Writing;

/// <summary>
/// Keeps relation rows equal to the aggregate of their non-negated statements: support = count,
/// confidence = noisy-or (integer log sums, so exact), first/last seen = min/max of the articles' dates.
/// New articles add to the rows (<see cref="PendingWrites"/>); anything that removes statements rebuilds the rows it touched.
/// </summary>
internal sealed class RelationAggregates(SqlSession db)
{
    /// <summary>What one article adds to one relation.</summary>
    public sealed class Delta
    {
        public long Support { get; set; }

        public long LogMiss { get; set; }

        public long Certain { get; set; }

        public long FirstSeen { get; set; } = long.MaxValue;

        public long LastSeen { get; set; } = long.MinValue;

        public void Add(double confidence, long seenTicks)
        {
            Support++;
            LogMiss += NoisyOr.LogMiss(confidence);
            Certain += NoisyOr.IsCertain(confidence) ? 1 : 0;
            FirstSeen = Math.Min(FirstSeen, seenTicks);
            LastSeen = Math.Max(LastSeen, seenTicks);
        }
    }

    /// <summary>Recomputes the rows of these relations from their statements; a relation left without support disappears.</summary>
    public void Rebuild(IEnumerable<NumberedRelation> keys)
    {
        foreach (var key in keys)
        {
            db.Execute("DELETE FROM relation WHERE subject_n = $p0 AND type = $p1 AND object_n = $p2", key.Subject, key.Type, key.Object);
            db.Execute(
                """
                INSERT INTO relation (subject_n, type, object_n, support, log_miss, certain, confidence, first_seen, last_seen)
                SELECT rel_subject_n, type, rel_object_n, count(*), sum(log_miss), sum(certain), graph_noisy_or(sum(log_miss), sum(certain)), min(seen_ticks), max(seen_ticks)
                FROM statement WHERE rel_subject_n = $p0 AND type = $p1 AND rel_object_n = $p2 AND negated = 0
                GROUP BY rel_subject_n, type, rel_object_n
                """,
                key.Subject, key.Type, key.Object);
        }
    }
}
