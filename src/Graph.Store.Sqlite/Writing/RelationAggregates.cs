using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Writing;

/// <summary>
/// Keeps relation rows equal to the aggregate of their non-negated statements: support = count,
/// confidence = noisy-or (integer log sums, so exact), first/last seen = min/max of the articles' dates.
/// New articles add to the rows (<see cref="PendingWrites"/>); anything that removes statements rebuilds the rows it touched.
/// </summary>
internal sealed class RelationAggregates(SqlSession db)
{
    /// <summary>A new row, unless the relation has one (then it changes nothing).</summary>
    private const string Insert = """
        INSERT INTO relation (subject_n, type, object_n, support, log_miss, certain, confidence, first_seen, last_seen)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (subject_n, type, object_n) DO NOTHING
        """;

    /// <summary>Adds to a stored row; its confidence from the sums (SET expressions read the row as it was).</summary>
    private const string Update = """
        UPDATE relation SET support = support + ?4, log_miss = log_miss + ?5, certain = certain + ?6,
            confidence = graph_noisy_or(log_miss + ?5, certain + ?6), first_seen = min(first_seen, ?8), last_seen = max(last_seen, ?9)
        WHERE subject_n = ?1 AND type = ?2 AND object_n = ?3
        """;

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

    /// <summary>
    /// Adds new articles' totals (<see cref="PendingWrites"/>), in the order given: a relation without a row gets one,
    /// and counts for its type (migration 0009); one with a row is added to.
    /// </summary>
    /// <remarks>
    /// Why not one upsert (<c>INSERT … ON CONFLICT DO UPDATE</c>): it cannot tell new rows from old but through
    /// <c>RETURNING</c>, which costs 7 µs a row (Python's sqlite3: 14.4 → 21 µs a row). Most relations a batch names are
    /// new, so the insert goes first and the update runs only after it found the row there.
    /// </remarks>
    public void AddTotals(IReadOnlyList<KeyValuePair<NumberedRelation, Delta>> totals)
    {
        if (totals.Count == 0)
        {
            return;
        }

        var (insert, update) = (db.Prepared(Insert), db.Prepared(Update));
        var created = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var total in totals)
        {
            Bind(insert, total);
            insert.Bind(7, NoisyOr.Confidence(total.Value.LogMiss, total.Value.Certain));
            insert.Run();
            if (db.Changes() == 1)
            {
                created[total.Key.Type] = created.GetValueOrDefault(total.Key.Type) + 1;
                continue;
            }

            Bind(update, total);
            update.Run();
            if (db.Changes() != 1)
            {
                throw new InvalidOperationException($"relation {total.Key} was neither inserted nor found");
            }
        }

        TypeCounts.Add(db, TypeCounts.Relation, created);
    }

    /// <summary>Parameters 1-6, 8, 9 (7 is the confidence, which only an insert binds).</summary>
    private static void Bind(RawStatement s, KeyValuePair<NumberedRelation, Delta> r)
    {
        var (key, delta) = (r.Key, r.Value);
        s.Bind(1, key.Subject);
        s.Bind(2, key.Type);
        s.Bind(3, key.Object);
        s.Bind(4, delta.Support);
        s.Bind(5, delta.LogMiss);
        s.Bind(6, delta.Certain);
        s.Bind(8, delta.FirstSeen);
        s.Bind(9, delta.LastSeen);
    }

    /// <summary>Recomputes the rows of these relations from their statements; a relation left without support disappears.</summary>
    public void Rebuild(IEnumerable<NumberedRelation> keys)
    {
        var changes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var removed = db.Execute("DELETE FROM relation WHERE subject_n = $p0 AND type = $p1 AND object_n = $p2", key.Subject, key.Type, key.Object);
            var added = db.Execute(
                """
                INSERT INTO relation (subject_n, type, object_n, support, log_miss, certain, confidence, first_seen, last_seen)
                SELECT rel_subject_n, type, rel_object_n, count(*), sum(log_miss), sum(certain), graph_noisy_or(sum(log_miss), sum(certain)), min(seen_ticks), max(seen_ticks)
                FROM statement WHERE rel_subject_n = $p0 AND type = $p1 AND rel_object_n = $p2 AND negated = 0
                GROUP BY rel_subject_n, type, rel_object_n
                """,
                key.Subject, key.Type, key.Object);
            changes[key.Type] = changes.GetValueOrDefault(key.Type) + added - removed;
        }

        TypeCounts.Add(db, TypeCounts.Relation, changes);
    }
}
