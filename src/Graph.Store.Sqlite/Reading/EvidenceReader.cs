using Graph.Core.Model;
using Graph.Store.Rules;
using Graph.Store.Sqlite.Storage;
using Graph.Store.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Reading;

/// <summary>The statements behind relations, with their articles: evidence per relation, and an entity's timeline.</summary>
internal sealed class EvidenceReader(SqlSession db)
{
    private const string Columns =
        """
        s.article_id, s.ordinal, s.type, s.rel_subject, s.rel_object, a.title, a.url, a.published_ticks, a.published_offset,
        s.sentence, s.sentence_index, s.sentence_start, s.sentence_end, s.subject_start, s.subject_end, s.object_start, s.object_end,
        s.confidence, s.extracted_ticks
        """;

    public Dictionary<string, IReadOnlyList<Evidence>> ForRelations(IReadOnlyCollection<string> relationIds, int maxPerRelation)
    {
        var result = new Dictionary<string, IReadOnlyList<Evidence>>(StringComparer.Ordinal);
        foreach (var id in relationIds.Distinct(StringComparer.Ordinal))
        {
            result[id] = RelationKey.TryParse(id, out var key)
                ? db.Query(
                    $"""
                    SELECT {Columns} FROM statement s JOIN article a ON a.id = s.article_id
                    WHERE s.rel_subject = $p0 AND s.type = $p1 AND s.rel_object = $p2 AND s.negated = 0
                    ORDER BY s.seen_ticks DESC, s.article_id, s.ordinal LIMIT $p3
                    """,
                    Read, key.Subject, key.Type, key.Object, Math.Max(0, maxPerRelation))
                : [];
        }

        return result;
    }

    /// <summary>The non-negated statements naming the entity, oldest article first.</summary>
    public List<Evidence> Timeline(string entityId, DateTimeOffset? since, DateTimeOffset? until, int limit) =>
        db.Query(
            $"""
            SELECT {Columns} FROM (
                SELECT * FROM statement WHERE rel_subject = $p0
                UNION ALL
                SELECT * FROM statement WHERE rel_object = $p0 AND rel_subject <> $p0) s
            JOIN article a ON a.id = s.article_id
            WHERE s.negated = 0 AND s.seen_ticks >= $p1 AND s.seen_ticks <= $p2
            ORDER BY s.seen_ticks, s.article_id, s.ordinal LIMIT $p3
            """,
            Read, entityId, since?.UtcTicks ?? long.MinValue, until?.UtcTicks ?? long.MaxValue, Math.Max(0, limit));

    private static Evidence Read(SqliteDataReader r)
    {
        var published = r.NullableInt64(7);
        return new Evidence(
            StatementId: StatementIds.Of(r.GetString(0), r.GetInt32(1)),
            RelationId: Relation.IdOf(r.GetString(3), r.GetString(2), r.GetString(4)),
            ArticleId: r.GetString(0),
            ArticleTitle: r.NullableString(5),
            ArticleUrl: r.NullableString(6),
            PublishedAt: published is null ? null : Ticks.WithOffset(published.Value, r.GetInt64(8)),
            Sentence: r.GetString(9),
            SentenceIndex: r.GetInt32(10),
            SentenceSpan: Span(r, 11),
            SubjectSpan: Span(r, 13),
            ObjectSpan: Span(r, 15),
            Confidence: r.GetDouble(17),
            ExtractedAt: Ticks.ToUtc(r.GetInt64(18)));
    }

    public static TextSpan? Span(SqliteDataReader r, int startOrdinal) =>
        r.IsDBNull(startOrdinal) || r.IsDBNull(startOrdinal + 1) ? null : new TextSpan(r.GetInt32(startOrdinal), r.GetInt32(startOrdinal + 1));
}
