using System.Globalization;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Reading;

/// <summary>
/// Entities by name or most mentioned first, paged by keyset: the cursor is the last item's sort key and id, so the
/// next page starts exactly after it. Without a search each page is an index walk (migration 0004): per entity type
/// asked for (every type of <c>allTypes</c>, the ontology's, when none is), one seek for the rest of the cursor's tie group
/// and one for the keys beyond it, merged and cut to the page. With a search, the full-text matches are filtered by the
/// cursor and sorted (only the matches, not the table).
/// </summary>
internal sealed class EntityLister(SqlSession db, EntityReader entities, IReadOnlyCollection<string> allTypes)
{
    /// <summary>How one order reads the entity table: its key column and which way it runs (ties always go by id ascending).</summary>
    private sealed record Sort(string Tag, string Column, bool Descending)
    {
        public string Direction => Descending ? "DESC" : "ASC";

        /// <summary>The comparison that means "after the cursor's key" in this order.</summary>
        public string Beyond => Descending ? "<" : ">";
    }

    private static readonly Sort ByName = new("sqlite-entities-name", "name_key", Descending: false);
    private static readonly Sort ByMentions = new("sqlite-entities-mentions", "mention_count", Descending: true);

    public Page<Core.Model.Entity> List(EntityListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sort = query.Order == EntityOrder.Name ? ByName : ByMentions;
        var after = DecodeCursor(query.After, sort);
        var limit = Math.Max(0, query.First);
        string? match = null;
        if (query.Search is not null)
        {
            match = EntitySearcher.MatchExpression(query.Search);
            if (match is null)
            {
                return new Page<Core.Model.Entity>([], 0, null, false);
            }
        }

        var types = query.Types.Count > 0 ? query.Types.Distinct(StringComparer.Ordinal).ToList() : [.. allTypes];
        var rows = match is null ? Walk(sort, types, after, limit + 1) : Matches(sort, match, query.Types, after, limit + 1);
        // Without a text to match, the total is the writer's count per type (migration 0009), not a walk of an index.
        var total = match is null ? GraphReader.CountOfTypes(db, TypeCounts.Entity, types) : CountMatches(match, query.Types);
        var items = rows.Take(limit).ToList();
        var found = entities.InOrder([.. items.Select(r => r.Id)]);
        var end = items.Count == 0 ? null : Cursor.Encode(sort.Tag, items[^1].Key, items[^1].Id);
        return new Page<Core.Model.Entity>(found, total, end, rows.Count > limit);
    }

    /// <summary>The next <paramref name="limit"/> entities after the cursor, walking the order's index once per type.</summary>
    private List<(string Id, string Key)> Walk(Sort sort, IReadOnlyCollection<string> types, (string Key, string Id)? after, int limit)
    {
        var args = new SqlFilter();
        var n = args.Limit(limit);
        var parts = new List<string>();
        foreach (var type in types)
        {
            var ofType = $"SELECT id, {sort.Column} AS k FROM entity WHERE type = {args.P(type)}";
            if (after is { } cursor)
            {
                var key = args.P(KeyValue(sort, cursor.Key));
                parts.Add($"SELECT id, k FROM ({ofType} AND {sort.Column} = {key} AND id > {args.P(cursor.Id)} ORDER BY id LIMIT {n})");
                parts.Add($"SELECT id, k FROM ({ofType} AND {sort.Column} {sort.Beyond} {key} ORDER BY {sort.Column} {sort.Direction}, id LIMIT {n})");
            }
            else
            {
                parts.Add($"SELECT id, k FROM ({ofType} ORDER BY {sort.Column} {sort.Direction}, id LIMIT {n})");
            }
        }

        if (parts.Count == 0)
        {
            return [];
        }

        var sql = $"SELECT id, k FROM ({string.Join(" UNION ALL ", parts)}) ORDER BY k {sort.Direction}, id LIMIT {n}";
        return db.Rows(sql, r => (r.Text(0), r.Text(1)), [.. args.Args]);
    }

    /// <summary>The full-text matches after the cursor, in the order (a sort of the matches only).</summary>
    private List<(string Id, string Key)> Matches(Sort sort, string match, IReadOnlyCollection<string> types, (string Key, string Id)? after, int limit)
    {
        var filter = MatchFilter(match, types);
        if (after is { } cursor)
        {
            var key = filter.P(KeyValue(sort, cursor.Key));
            filter.Where($"(e.{sort.Column} {sort.Beyond} {key} OR (e.{sort.Column} = {key} AND e.id > {filter.P(cursor.Id)}))");
        }

        var sql = $"SELECT e.id, e.{sort.Column}{MatchFrom}{filter.Clause} ORDER BY e.{sort.Column} {sort.Direction}, e.id LIMIT {filter.Limit(limit)}";
        return db.Rows(sql, r => (r.Text(0), r.Text(1)), [.. filter.Args]);
    }

    private const string MatchFrom = " FROM entity_fts JOIN entity e ON e.n = entity_fts.rowid";

    private static SqlFilter MatchFilter(string match, IReadOnlyCollection<string> types)
    {
        var filter = new SqlFilter();
        filter.Where($"entity_fts MATCH {filter.P(match)}");
        if (types.Count > 0)
        {
            filter.Where($"e.type IN (SELECT value FROM json_each({filter.P(Json.Array(types))}))");
        }

        return filter;
    }

    private int CountMatches(string match, IReadOnlyCollection<string> types)
    {
        var filter = MatchFilter(match, types);
        return (int)db.Scalar<long>("SELECT count(*)" + MatchFrom + filter.Clause, [.. filter.Args]);
    }

    /// <summary>A key as SQLite compares it: mention counts as integers (a text would compare after every number).</summary>
    private static object KeyValue(Sort sort, string key) =>
        sort == ByMentions ? long.Parse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : key;

    private static (string Key, string Id)? DecodeCursor(string? after, Sort sort)
    {
        var parts = Cursor.Decode(after, 3);
        if (parts is null)
        {
            return null;
        }

        if (parts[0] != sort.Tag)
        {
            throw new ArgumentException($"'{after}' is a cursor of another entity order; start again without it", nameof(after));
        }

        if (sort == ByMentions && !long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            throw new ArgumentException($"'{after}' is not a cursor this store gave out", nameof(after));
        }

        return (parts[1], parts[2]);
    }
}
