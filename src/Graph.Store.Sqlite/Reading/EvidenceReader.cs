using Graph.Core.Model;
using Graph.Store.Rules;
using Graph.Store.Sqlite.Storage;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Reading;

/// <summary>The statements behind relations, with their articles: evidence per relation, and an entity's timeline.</summary>
internal sealed class EvidenceReader(SqlSession db)
{
    /// <summary>The columns of an evidence row but its relation's ends, which only a read over many relations needs (<see cref="Timeline"/>).</summary>
    private const string Columns =
        """
        s.article_id, s.ordinal, s.type, a.title, a.url, a.published_ticks, a.published_offset,
        s.sentence, s.sentence_index, s.sentence_start, s.sentence_end, s.subject_start, s.subject_end, s.object_start, s.object_end,
        s.confidence, s.extracted_ticks, a.seq
        """;

    // One prepared statement run once per relation: the index statement_by_relation holds (ends, type, negated, date),
    // so each run reads just the newest rows it returns, in order, whatever the relation's support. (One statement
    // over all relations with a window function would read and sort every statement of every relation instead.)
    // "LIMIT $p3 + 0", not "LIMIT $p3": a bare bound limit makes SQLite re-prepare the statement on every run (see SqlFilter.Limit).
    private static readonly string NewestOfRelation =
        $"""
        SELECT {Columns} FROM statement s JOIN article a ON a.id = s.article_id
        WHERE s.rel_subject_n = {RelationReader.NumberSql("$p0")} AND s.type = $p1 AND s.rel_object_n = {RelationReader.NumberSql("$p2")} AND s.negated = 0
        ORDER BY s.seen_ticks DESC, s.article_id, s.ordinal LIMIT $p3 + 0
        """;

    public Dictionary<string, IReadOnlyList<Evidence>> ForRelations(IReadOnlyCollection<string> relationIds, int maxPerRelation)
    {
        var result = new Dictionary<string, IReadOnlyList<Evidence>>(relationIds.Count, StringComparer.Ordinal);
        var limit = Math.Max(0, maxPerRelation);
        var articles = new ArticleStrings();
        foreach (var id in relationIds)
        {
            if (result.ContainsKey(id))
            {
                continue;
            }

            // Every row of this run belongs to the relation asked for: its id is the one at hand, not read again.
            result[id] = limit > 0 && RelationKey.TryParse(id, out var key)
                ? db.Rows(NewestOfRelation, r => Read(r, articles, id), key.Subject, key.Type, key.Object, limit)
                : [];
        }

        return result;
    }

    /// <summary>The non-negated statements naming the entity, oldest article first.</summary>
    public List<Evidence> Timeline(string entityId, DateTimeOffset? since, DateTimeOffset? until, int limit) =>
        db.Rows(
            $"""
            WITH e(n) AS (SELECT n FROM entity WHERE id = $p0)
            SELECT {Columns}, rs.id, ro.id FROM (
                SELECT s.* FROM e CROSS JOIN statement s ON s.rel_subject_n = e.n
                UNION ALL
                SELECT s.* FROM e CROSS JOIN statement s ON s.rel_object_n = e.n AND s.rel_subject_n <> e.n) s
            JOIN article a ON a.id = s.article_id
            JOIN entity rs ON rs.n = s.rel_subject_n JOIN entity ro ON ro.n = s.rel_object_n
            WHERE s.negated = 0 AND s.seen_ticks >= $p1 AND s.seen_ticks <= $p2
            ORDER BY s.seen_ticks, s.article_id, s.ordinal LIMIT $p3 + 0
            """,
            ReadAny(), entityId, since?.UtcTicks ?? long.MinValue, until?.UtcTicks ?? long.MaxValue, Math.Max(0, limit));

    /// <summary>A row reader for rows of any relation, sharing article strings across the rows of one read.</summary>
    private static Func<RawStatement, Evidence> ReadAny()
    {
        var articles = new ArticleStrings();
        return r => Read(r, articles, null);
    }

    private static Evidence Read(RawStatement r, ArticleStrings articles, string? relationId)
    {
        var article = articles.Of(r);
        return new Evidence(
            StatementId: StatementIds.Of(article.Id, (int)r.Int64(1)),
            RelationId: relationId ?? Relation.IdOf(r.Text(18), r.Text(2), r.Text(19)),
            ArticleId: article.Id,
            ArticleTitle: article.Title,
            ArticleUrl: article.Url,
            PublishedAt: article.PublishedAt,
            Sentence: r.Text(7),
            SentenceIndex: (int)r.Int64(8),
            SentenceSpan: Span(r, 9),
            SubjectSpan: Span(r, 11),
            ObjectSpan: Span(r, 13),
            Confidence: r.Double(15),
            ExtractedAt: Ticks.ToUtc(r.Int64(16)));
    }

    /// <summary>
    /// An article's id, title, URL and date, read once per read however many of its statements the rows bring (a
    /// relation's evidence often comes from few articles). Keyed by the article's integer seq, so a repeated article
    /// costs no string at all.
    /// </summary>
    private sealed class ArticleStrings
    {
        private readonly Dictionary<long, (string Id, string? Title, string? Url, DateTimeOffset? PublishedAt)> bySeq = [];

        public (string Id, string? Title, string? Url, DateTimeOffset? PublishedAt) Of(RawStatement r)
        {
            var seq = r.Int64(17);
            if (!bySeq.TryGetValue(seq, out var article))
            {
                article = (r.Text(0), r.NullableText(3), r.NullableText(4), r.IsNull(5) ? null : Ticks.WithOffset(r.Int64(5), r.Int64(6)));
                bySeq[seq] = article;
            }

            return article;
        }
    }

    private static TextSpan? Span(RawStatement r, int startColumn) =>
        r.IsNull(startColumn) || r.IsNull(startColumn + 1) ? null : new TextSpan((int)r.Int64(startColumn), (int)r.Int64(startColumn + 1));

    /// <summary>The same span read through ADO.NET (the whole-graph read).</summary>
    public static TextSpan? Span(SqliteDataReader r, int startOrdinal) =>
        r.IsDBNull(startOrdinal) || r.IsDBNull(startOrdinal + 1) ? null : new TextSpan(r.GetInt32(startOrdinal), r.GetInt32(startOrdinal + 1));
}
