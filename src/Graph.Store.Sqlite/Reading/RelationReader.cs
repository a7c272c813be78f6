using Graph.Core.Ontology;
using Graph.Store.Rules;
using Graph.Store.Sqlite.Storage;
using Graph.Store.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Reading;

/// <summary>
/// Relation reads. Pages are ordered by support (highest first), then subject, type, object; the cursor is that key.
/// A symmetric relation counts as both outgoing and incoming for either end.
/// </summary>
internal sealed class RelationReader(SqlSession db, GraphOntology ontology)
{
    private readonly RelationsBySupport bySupport = new(db);

    /// <summary>A relation row with its ends' ids: select <see cref="Columns"/> from <see cref="From"/>.</summary>
    public const string Columns = "s.id, r.type, o.id, r.support, r.confidence, r.first_seen, r.last_seen";

    /// <summary>Relations (<c>r</c>) with the entities at their ends (<c>s</c>, <c>o</c>), for their ids.</summary>
    public const string From = "relation r JOIN entity s ON s.n = r.subject_n JOIN entity o ON o.n = r.object_n";

    /// <summary>SQL for the number of the entity whose id is in parameter <paramref name="idParameter"/>.</summary>
    public static string NumberSql(string idParameter) => $"(SELECT n FROM entity WHERE id = {idParameter})";

    private readonly string symmetricJson = Json.Array(ontology.RelationTypes.Where(t => t.Symmetric).Select(t => t.Name).Order(StringComparer.Ordinal));

    public static Relation Read(SqliteDataReader r) => new(
        Relation.IdOf(r.GetString(0), r.GetString(1), r.GetString(2)),
        r.GetString(1),
        r.GetString(0),
        r.GetString(2),
        r.GetInt32(3),
        r.GetDouble(4),
        Ticks.ToUtc(r.GetInt64(5)),
        Ticks.ToUtc(r.GetInt64(6)));

    /// <summary>The same row read on SQLite's own handle (hot paths: walks, neighborhoods).</summary>
    public static Relation Read(RawStatement r)
    {
        var subject = r.Text(0);
        var type = r.Text(1);
        var @object = r.Text(2);
        return new Relation(
            Relation.IdOf(subject, type, @object),
            type,
            subject,
            @object,
            (int)r.Int64(3),
            r.Double(4),
            Ticks.ToUtc(r.Int64(5)),
            Ticks.ToUtc(r.Int64(6)));
    }

    public Relation? ById(string relationId)
    {
        if (!RelationKey.TryParse(relationId, out var key))
        {
            return null;
        }

        return db.First($"SELECT {Columns} FROM {From} WHERE r.subject_n = {NumberSql("$p0")} AND r.type = $p1 AND r.object_n = {NumberSql("$p2")}", Read, key.Subject, key.Type, key.Object);
    }

    public Page<Relation> OfEntity(RelationQuery query, bool honourCursor = true)
    {
        var filter = new SqlFilter();
        var e = NumberSql(filter.P(query.EntityId));
        // The relations at the entity's near end (it is the subject, or the object when incoming) and at its far end
        // (symmetric types only, unless both directions are asked for); a self-relation counts at the near end only.
        var (near, far) = query.Direction switch
        {
            Direction.Outgoing => ($"r.subject_n = {e}", $"r.object_n = {e} AND r.subject_n <> {e} AND r.type IN (SELECT value FROM json_each({filter.P(symmetricJson)}))"),
            Direction.Incoming => ($"r.object_n = {e}", $"r.subject_n = {e} AND r.object_n <> {e} AND r.type IN (SELECT value FROM json_each({filter.P(symmetricJson)}))"),
            _ => ($"r.subject_n = {e}", $"r.object_n = {e} AND r.subject_n <> {e}"),
        };
        Common(filter, query.Types, query.Since, query.Until, query.MinConfidence, query.MinSupport);
        var countFilter = filter.Clone();
        filter.Where($"({near} OR {far})");
        var after = honourCursor ? query.After : null;
        var page = Page(filter, total: 0, query.First, after, InOrder);
        if (after is null && !page.HasNextPage)
        {
            // The first page holds every match (near and far are disjoint): its length is the total, no count needed.
            return page with { TotalCount = page.Items.Count };
        }

        // Counted as two sums, each a range of one index, rather than one count over an OR (which SQLite answers by
        // collecting both ranges' keys in a temporary table to drop duplicates, three times the work).
        var total = db.Scalar<int>(
            $"SELECT (SELECT count(*) FROM relation r WHERE {near}{countFilter.AndClause}) + (SELECT count(*) FROM relation r WHERE {far}{countFilter.AndClause})",
            [.. countFilter.Args]);
        return page with { TotalCount = total };
    }

    public Page<Relation> Search(RelationSearch query)
    {
        var filter = new SqlFilter();
        if (query.SubjectId is not null)
        {
            var s = NumberSql(filter.P(query.SubjectId));
            filter.Where($"(r.subject_n = {s} OR (r.object_n = {s} AND r.type IN (SELECT value FROM json_each({filter.P(symmetricJson)}))))");
        }

        if (query.ObjectId is not null)
        {
            var o = NumberSql(filter.P(query.ObjectId));
            filter.Where($"(r.object_n = {o} OR (r.subject_n = {o} AND r.type IN (SELECT value FROM json_each({filter.P(symmetricJson)}))))");
        }

        Common(filter, query.Types, query.Since, query.Until, 0, query.MinSupport);
        var anyEnd = query.SubjectId is not null || query.ObjectId is not null;
        var typesOnly = !anyEnd && query.Since is null && query.Until is null && query.MinSupport <= 1;
        var total = typesOnly
            ? GraphReader.CountOfTypes(db, TypeCounts.Relation, query.Types)
            : Count(CountFilter(filter, anyEnd, query.MinSupport));
        return anyEnd
            ? Page(filter, total, query.First, query.After, InOrder)
            : Page(filter, total, query.First, query.After, (f, cursor, rows) => bySupport.Rows(f, cursor, rows, query.MinSupport));
    }

    /// <summary>
    /// The filter to count a search's matches with. A least support of 2 or more, with no end given, also states the
    /// partial support index's own condition as a literal, the only form in which SQLite uses that index: at 1M
    /// relations, counting support ≥ 3 then reads 7,693 index entries in 1 ms instead of every relation in 94 ms.
    /// </summary>
    private static SqlFilter CountFilter(SqlFilter filter, bool anyEnd, int minSupport) =>
        anyEnd || minSupport < 2 ? filter : filter.Clone().Where("r.support >= 2");

    private int Count(SqlFilter filter) => db.Scalar<int>("SELECT count(*) FROM relation r" + filter.Clause, [.. filter.Args]);

    /// <summary>The filters relation queries share; also used by graph walks.</summary>
    public static void Common(SqlFilter filter, IReadOnlyCollection<string> types, DateTimeOffset? since, DateTimeOffset? until, double minConfidence, int minSupport)
    {
        if (types.Count > 0)
        {
            filter.Where($"r.type IN (SELECT value FROM json_each({filter.P(Json.Array(types))}))");
        }

        if (since is not null)
        {
            filter.Where($"r.last_seen >= {filter.P(since.Value.UtcTicks)}");
        }

        if (until is not null)
        {
            filter.Where($"r.first_seen <= {filter.P(until.Value.UtcTicks)}");
        }

        if (minConfidence > 0)
        {
            filter.Where($"r.confidence >= {filter.P(minConfidence)}");
        }

        if (minSupport > 1)
        {
            filter.Where($"r.support >= {filter.P(minSupport)}");
        }
    }

    /// <summary>A page of the relations matching <paramref name="filter"/>, read by <paramref name="rowsAfter"/> in page order.</summary>
    private static Page<Relation> Page(SqlFilter filter, int total, int first, string? after, Func<SqlFilter, RelationCursor?, int, List<Relation>> rowsAfter)
    {
        var limit = Math.Max(0, first);
        var rows = rowsAfter(filter, RelationCursor.Decode(after), limit + 1);
        var items = rows.Take(limit).ToList();
        return new Page<Relation>(items, total, items.Count == 0 ? null : RelationCursor.Encode(items[^1]), rows.Count > limit);
    }

    /// <summary>Relations in page order in one query, by whatever index the filter's ends give SQLite.</summary>
    private List<Relation> InOrder(SqlFilter filter, RelationCursor? after, int rows)
    {
        var page = filter.Clone();
        after?.After(page);
        return db.Rows<Relation>(
            $"SELECT {Columns} FROM {From}{page.Clause} ORDER BY r.support DESC, s.id, r.type, o.id LIMIT {page.Limit(rows)}",
            Read,
            [.. page.Args]);
    }
}
