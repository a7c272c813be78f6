using System.Globalization;
using System.Text;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Reading;

/// <summary>
/// Full-text entity search (FTS5, bm25, diacritics removed). Every word of the query must match the start of a
/// word of the name or an alias; the name weighs ten times an alias. The cursor is the offset into the ranking.
/// </summary>
internal sealed class EntitySearcher(SqlSession db, EntityReader entities)
{
    public Page<EntityHit> Search(EntitySearch query)
    {
        var match = MatchExpression(query.Text);
        if (match is null)
        {
            return new Page<EntityHit>([], 0, null, false);
        }

        var filter = new SqlFilter();
        filter.Where($"entity_fts MATCH {filter.P(match)}");
        if (query.Types.Count > 0)
        {
            filter.Where($"e.type IN (SELECT value FROM json_each({filter.P(Json.Array(query.Types))}))");
        }

        // One pass over the matches: the total comes with the page (a window count) instead of a second full-text scan.
        // bm25 cannot run inside a window query, hence the inner select.
        const string From = " FROM entity_fts JOIN entity e ON e.n = entity_fts.rowid";
        var offset = Cursor.Decode(query.After, 1) is { } c ? int.Parse(c[0], CultureInfo.InvariantCulture) : 0;
        var limit = Math.Max(0, query.First);
        var page = filter.Clone();
        var rows = db.Rows(
            $"SELECT id, rank, count(*) OVER () FROM (SELECT e.id AS id, bm25(entity_fts, 10.0, 1.0) AS rank{From}{page.Clause}) ORDER BY rank, id LIMIT {page.Limit(limit + 1)} OFFSET {page.Limit(offset)}",
            r => (Id: r.Text(0), Rank: r.Double(1), Total: (int)r.Int64(2)),
            [.. page.Args]);
        var total = rows.Count > 0 ? rows[0].Total : db.Scalar<int>("SELECT count(*)" + From + filter.Clause, [.. filter.Args]);
        var items = rows.Take(limit).ToList();
        var found = entities.ByIds(items.Select(i => i.Id));
        var hits = items.Where(i => found.ContainsKey(i.Id)).Select(i => new EntityHit(found[i.Id], -i.Rank)).ToList();
        var end = items.Count == 0 ? null : Cursor.Encode((offset + items.Count).ToString(CultureInfo.InvariantCulture));
        return new Page<EntityHit>(hits, total, end, rows.Count > limit);
    }

    /// <summary>"vlad put" → <c>"vlad"* "put"*</c>; null when the text has no word. Only letters and digits reach FTS syntax.</summary>
    internal static string? MatchExpression(string text)
    {
        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var c in (text ?? string.Empty) + " ")
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                terms.Add("\"" + word + "\"*");
                word.Clear();
            }
        }

        return terms.Count == 0 ? null : string.Join(' ', terms);
    }
}
