using System.Globalization;
using Graph.Core.Model;
using Graph.Store.Sqlite.Storage;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Reading;

/// <summary>Articles, newest first (published date, else first ingestion), paged by that date and id.</summary>
internal sealed class ArticleReader(SqlSession db)
{
    private const string Columns = "a.id, a.content_hash, a.url, a.title, a.source, a.published_ticks, a.published_offset, a.ingested_ticks, a.seen_ticks";

    public Article? ById(string id) => db.Single($"SELECT {Columns} FROM article a WHERE a.id = $p0", r => Read(r), id);

    public Page<Article> Page(ArticleQuery query)
    {
        var filter = new SqlFilter();
        if (query.EntityId is not null)
        {
            filter.Where($"a.seq IN (SELECT m.seq FROM entity e JOIN mention m ON m.entity_n = e.n WHERE e.id = {filter.P(query.EntityId)})");
        }

        var total = db.Scalar<int>("SELECT count(*) FROM article a" + filter.Clause, [.. filter.Args]);
        var page = filter.Clone();
        if (Cursor.Decode(query.After, 2) is { } c)
        {
            page.Where($"(a.seen_ticks, a.id) < ({page.P(long.Parse(c[0], CultureInfo.InvariantCulture))}, {page.P(c[1])})");
        }

        var limit = Math.Max(0, query.First);
        var rows = db.Query(
            $"SELECT {Columns} FROM article a{page.Clause} ORDER BY a.seen_ticks DESC, a.id DESC LIMIT {page.Limit(limit + 1)}",
            r => (Article: Read(r), Seen: r.GetInt64(8)),
            [.. page.Args]);
        var items = rows.Take(limit).ToList();
        var end = items.Count == 0 ? null : Cursor.Encode(items[^1].Seen.ToString(CultureInfo.InvariantCulture), items[^1].Article.Id);
        return new Page<Article>(items.Select(i => i.Article).ToList(), total, end, rows.Count > limit);
    }

    public List<Article> All() =>
        [.. db.Query($"SELECT {Columns} FROM article a", r => Read(r)).OrderBy(a => a.Id, StringComparer.Ordinal)];

    private static Article Read(SqliteDataReader r)
    {
        var published = r.NullableInt64(5);
        return new Article(
            r.GetString(0),
            r.GetString(1),
            r.NullableString(2),
            r.NullableString(3),
            r.NullableString(4),
            published is null ? null : Ticks.WithOffset(published.Value, r.GetInt64(6)))
        {
            IngestedAt = Ticks.ToUtc(r.GetInt64(7)),
        };
    }
}
