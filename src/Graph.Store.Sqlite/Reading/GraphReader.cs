using Graph.Core.Model;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Reading;

/// <summary>Whole-graph reads: counts, and the snapshot in canonical order (ids ascending, ordinal).</summary>
internal sealed class GraphReader(SqlSession db, EntityReader entities, ArticleReader articles)
{
    public GraphCounts Counts()
    {
        Dictionary<string, int> ByType(string kind) =>
            db.Query("SELECT type, n FROM type_count WHERE kind = $p0 AND n > 0", r => (r.GetString(0), r.GetInt32(1)), kind).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);

        // From the counts the writer keeps (migrations 0009 and 0012): counting relations by type here would walk them all,
        // and counting statements walks an index of every one.
        var entitiesByType = ByType(TypeCounts.Entity);
        var relationsByType = ByType(TypeCounts.Relation);
        return new GraphCounts(
            CountOfTypes(db, TypeCounts.Article, []), entitiesByType.Values.Sum(), relationsByType.Values.Sum(), CountOfTypes(db, TypeCounts.Statement, []), entitiesByType, relationsByType);
    }

    /// <summary>The rows of a kind (<see cref="TypeCounts"/>) of these types, of every type when none are given: from the counts the writer keeps, not the rows.</summary>
    public static int CountOfTypes(SqlSession db, string kind, IReadOnlyCollection<string> types) =>
        (int)(types.Count == 0
            ? db.Scalar<long>("SELECT ifnull(sum(n), 0) FROM type_count WHERE kind = $p0", kind)
            : db.Scalar<long>("SELECT ifnull(sum(n), 0) FROM type_count WHERE kind = $p0 AND type IN (SELECT value FROM json_each($p1))", kind, Json.Array(types)));

    public GraphSnapshot All()
    {
        var relations = db.Query($"SELECT {RelationReader.Columns} FROM {RelationReader.From}", RelationReader.Read).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var statements = db.Query(
            """
            SELECT st.article_id, st.ordinal, st.type, s.id, o.id, rs.id, ro.id, st.subject_name, st.object_name, st.sentence, st.sentence_index,
                   st.sentence_start, st.sentence_end, st.subject_start, st.subject_end, st.object_start, st.object_end, st.confidence, st.negated, st.extracted_ticks
            FROM statement st
            JOIN entity s ON s.n = st.subject_n JOIN entity o ON o.n = st.object_n
            JOIN entity rs ON rs.n = st.rel_subject_n JOIN entity ro ON ro.n = st.rel_object_n
            """,
            r => new StoredStatement(
                StatementIds.Of(r.GetString(0), r.GetInt32(1)),
                Relation.IdOf(r.GetString(5), r.GetString(2), r.GetString(6)),
                r.GetString(3),
                r.GetString(4),
                new Statement(r.GetString(0), r.GetString(7), r.GetString(2), r.GetString(8), r.GetString(9), r.GetDouble(17), r.GetInt64(18) != 0)
                {
                    SentenceIndex = r.GetInt32(10),
                    SentenceSpan = EvidenceReader.Span(r, 11),
                    SubjectSpan = EvidenceReader.Span(r, 13),
                    ObjectSpan = EvidenceReader.Span(r, 15),
                },
                Ticks.ToUtc(r.GetInt64(19))))
            .OrderBy(s => s.Statement.ArticleId, StringComparer.Ordinal)
            .ThenBy(s => s.Id.Length)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var mentions = new MentionReader(db);
        return new GraphSnapshot(articles.All(), entities.All(), relations, statements)
        {
            Mentions = mentions.All(),
            IngestionOrder = mentions.IngestionOrder(),
        };
    }
}
