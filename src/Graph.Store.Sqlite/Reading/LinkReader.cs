using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Reading;

/// <summary>The relations graph walks step over: the links of a frontier, the edges among a set of nodes, the one between two nodes.</summary>
internal sealed class LinkReader(SqlSession db)
{
    /// <summary>Relation types are a small vocabulary: one string each per connection.</summary>
    private readonly StringPool relationTypes = new();

    /// <summary>
    /// Steps every relation with an end in <paramref name="frontier"/> (a JSON list of entity numbers) through <paramref name="onLink"/>,
    /// whose row holds (0) the near end's place in the frontier, (1) the far end's number, (2) the support, (3) 0 when the near
    /// end is the subject, 1 when it is the object; with <paramref name="details"/>, an outgoing link's row also holds (4) the
    /// type, (5) the confidence, (6) first and (7) last seen. Optionally only links whose far end is in <paramref name="onlyTo"/>
    /// (a JSON list), and at most <paramref name="limit"/> of them. Returns how many were stepped.
    /// </summary>
    /// <remarks>
    /// The frontier is walked first (CROSS JOIN fixes the order), one index seek per node: on the primary key for
    /// outgoing relations, on <c>relation_by_object</c> (which carries the support, so it covers the walk) for incoming ones.
    /// Details come only with outgoing links: the primary key holds the whole row, the object-side index does not.
    /// </remarks>
    public int EachLink(string frontier, WalkFilter walk, Action<RawStatement> onLink, string? onlyTo = null, int limit = int.MaxValue, bool details = false)
    {
        var count = 0;
        foreach (var (near, far, pass) in new[] { ("subject_n", "object_n", 0), ("object_n", "subject_n", 1) })
        {
            if (count >= limit)
            {
                break;
            }

            var filter = new SqlFilter();
            var list = filter.P(frontier);
            if (onlyTo is not null)
            {
                filter.Where($"r.{far} IN (SELECT value FROM json_each({filter.P(onlyTo)}))");
            }

            walk.AddTo(filter);
            var extra = !details ? string.Empty : pass == 0 ? ", r.type, r.confidence, r.first_seen, r.last_seen" : ", NULL, NULL, NULL, NULL";
            var sql = $"SELECT j.key, r.{far}, r.support, {pass}{extra} FROM json_each({list}) j CROSS JOIN relation r ON r.{near} = j.value{filter.Clause}{(limit == int.MaxValue ? string.Empty : " LIMIT " + filter.Limit(limit - count))}";
            db.Each(
                sql,
                row =>
                {
                    onLink(row);
                    count++;
                },
                [.. filter.Args]);
        }

        return count;
    }

    /// <summary>The pooled string of a relation type spelled by these UTF-8 bytes.</summary>
    public string TypeName(ReadOnlySpan<byte> utf8) => relationTypes.Of(utf8);

    /// <summary>
    /// Steps the outgoing relations of the entities in <paramref name="from"/> whose object is in <paramref name="into"/> (JSON
    /// lists of entity numbers) through <paramref name="onRelation"/>, whose row holds (0) the subject's place in <paramref name="from"/>,
    /// (1) the object's number, (2) the type, (3) the support, (4) the confidence, (5) first and (6) last seen.
    /// </summary>
    /// <remarks>
    /// One seek per subject on the primary key. The <c>IN</c> is tested by SQLite on the object column alone, before the
    /// row's other columns are read, so relations leading out of the set cost no more than a step. Handing every row over
    /// and testing the object against the node set in .NET instead measured 8 % slower on the 1,000-node neighborhood
    /// (session 6, builds taken in alternating blocks: 4.2 against 3.9 ms).
    /// </remarks>
    public void OutgoingInto(string from, string into, WalkFilter walk, Action<RawStatement> onRelation)
    {
        var filter = new SqlFilter();
        var list = filter.P(from);
        filter.Where($"r.object_n IN (SELECT value FROM json_each({filter.P(into)}))");
        walk.AddTo(filter);
        db.Each(
            $"SELECT j.key, r.object_n, r.type, r.support, r.confidence, r.first_seen, r.last_seen FROM json_each({list}) j CROSS JOIN relation r ON r.subject_n = j.value{filter.Clause}",
            onRelation,
            [.. filter.Args]);
    }

    /// <summary>
    /// Every relation between a node of <paramref name="near"/> and one of <paramref name="far"/> (JSON lists), either way
    /// round, through <paramref name="onLink"/>, whose row holds the near end's place in its list (0) and the far end's (1).
    /// </summary>
    /// <remarks>
    /// Pair by pair, without reading either end's other relations: for the few nodes of two small sets that hold a hub,
    /// this is a few hundred seeks where reading the hub's relations is tens of thousands of rows. The key is (subject,
    /// type, object), so each subject's types are found first, one seek each (the next type after the last: a skip-scan
    /// by hand, a few types per entity), then each (subject, type, object) is one seek.
    /// </remarks>
    public void EachPair(string near, string far, WalkFilter walk, Action<RawStatement> onLink)
    {
        var filter = new SqlFilter();
        var pn = filter.P(near);
        var pf = filter.P(far);
        walk.AddTo(filter);
        db.Each(
            $"""
            WITH RECURSIVE
              n(pos, id) AS (SELECT key, value FROM json_each({pn})),
              f(pos, id) AS (SELECT key, value FROM json_each({pf})),
              ends(side, pos, id) AS (SELECT 0, pos, id FROM n UNION ALL SELECT 1, pos, id FROM f),
              typed(side, pos, id, type) AS (
                SELECT side, pos, id, (SELECT min(type) FROM relation WHERE subject_n = ends.id) FROM ends
                UNION ALL
                SELECT side, pos, id, (SELECT min(type) FROM relation WHERE subject_n = typed.id AND type > typed.type) FROM typed WHERE type IS NOT NULL)
            SELECT t.pos, f.pos FROM typed t CROSS JOIN f CROSS JOIN relation r ON r.subject_n = t.id AND r.type = t.type AND r.object_n = f.id{filter.AndClause} WHERE t.side = 0
            UNION ALL
            SELECT n.pos, t.pos FROM typed t CROSS JOIN n CROSS JOIN relation r ON r.subject_n = t.id AND r.type = t.type AND r.object_n = n.id{filter.AndClause} WHERE t.side = 1
            """,
            onLink,
            [.. filter.Args]);
    }

    /// <summary>The strongest relation between two entities (by number), either way round.</summary>
    /// <remarks>
    /// The key is (subject, type, object), so "from a to b, any type" is no seek: SQLite would read all of a's relations,
    /// tens of thousands for a hub that a path crosses. Instead the types a has as a subject are found one seek each (the
    /// next type after the last one, a skip-scan by hand: a few types per entity), and each (a, type, b) is one seek; the
    /// same from b.
    /// </remarks>
    public Relation Between(long a, long b, WalkFilter walk)
    {
        var filter = new SqlFilter();
        var pa = filter.P(a);
        var pb = filter.P(b);
        walk.AddTo(filter);
        return db.First(
            $"""
            WITH RECURSIVE
              ends(s, o) AS (VALUES ({pa}, {pb}), ({pb}, {pa})),
              types(s, o, type) AS (
                SELECT s, o, (SELECT min(type) FROM relation WHERE subject_n = ends.s) FROM ends
                UNION ALL
                SELECT s, o, (SELECT min(type) FROM relation WHERE subject_n = types.s AND type > types.type) FROM types WHERE type IS NOT NULL)
            SELECT {RelationReader.Columns}
            FROM types t CROSS JOIN relation r ON r.subject_n = t.s AND r.type = t.type AND r.object_n = t.o{filter.AndClause}
            JOIN entity s ON s.n = r.subject_n JOIN entity o ON o.n = r.object_n
            ORDER BY r.support DESC, s.id, r.type, o.id LIMIT 1
            """,
            RelationReader.Read,
            [.. filter.Args])
            ?? throw new InvalidOperationException($"no relation between entity numbers {a} and {b} although the walk crossed one");
    }
}
