using Graph.Core.Model;
using Graph.Store.Neo4j.Http;

namespace Graph.Store.Neo4j.Reading;

/// <summary>Turns the maps the statements return into the port's types.</summary>
internal static class Mapping
{
    public static Entity Entity(QueryRecord r) =>
        new(r.GetString("id"), r.GetString("type"), r.GetString("name"), r.GetStrings("aliases")) { MentionCount = r.GetInt32("mentions") };

    public static Relation Relation(QueryRecord r) => new(
        r.GetString("id"),
        r.GetString("type"),
        r.GetString("subjectId"),
        r.GetString("objectId"),
        r.GetInt32("support"),
        r.GetDouble("confidence"),
        r.GetDateTime("firstSeen"),
        r.GetDateTime("lastSeen"));

    public static Relation Relation(object? map) => Relation(QueryRecord.FromMap(AsMap(map)));

    public static Article Article(QueryRecord r) => new(
        r.GetString("id"),
        r.GetString("contentHash"),
        Optional(r, "url"),
        Optional(r, "title"),
        Optional(r, "source"),
        OptionalDate(r, "publishedAt"))
    {
        IngestedAt = OptionalDate(r, "ingestedAt"),
    };

    public static Article Article(object? map) => Article(QueryRecord.FromMap(AsMap(map)));

    /// <summary>A statement map (<c>st {.*, articleTitle, articleUrl, publishedAt}</c>) as evidence.</summary>
    public static Evidence Evidence(object? map)
    {
        var r = QueryRecord.FromMap(AsMap(map));
        return new Evidence(
            r.GetString("id"),
            r.GetString("relationId"),
            r.GetString("articleId"),
            Optional(r, "articleTitle"),
            Optional(r, "articleUrl"),
            OptionalDate(r, "publishedAt"),
            r.GetString("sentence"),
            r.GetInt32("sentenceIndex"),
            Span(r, "sentenceStart", "sentenceEnd"),
            Span(r, "subjectStart", "subjectEnd"),
            Span(r, "objectStart", "objectEnd"),
            r.GetDouble("confidence"),
            r.GetDateTime("extractedAt"));
    }

    public static StoredStatement StoredStatement(object? map)
    {
        var r = QueryRecord.FromMap(AsMap(map));
        var statement = new Core.Model.Statement(
            r.GetString("articleId"),
            r.GetString("subject"),
            r.GetString("type"),
            r.GetString("object"),
            r.GetString("sentence"),
            r.GetDouble("confidence"),
            r.GetBoolean("negated"))
        {
            SentenceIndex = r.GetInt32("sentenceIndex"),
            SentenceSpan = Span(r, "sentenceStart", "sentenceEnd"),
            SubjectSpan = Span(r, "subjectStart", "subjectEnd"),
            ObjectSpan = Span(r, "objectStart", "objectEnd"),
        };
        return new StoredStatement(r.GetString("id"), r.GetString("relationId"), r.GetString("subjectId"), r.GetString("objectId"), statement, r.GetDateTime("extractedAt"));
    }

    /// <summary>The statement row the store writes: spans flattened (Neo4j properties cannot hold maps), absent ones null.</summary>
    public static Dictionary<string, object?> StatementRow(
        string id, int ordinal, Core.Model.Statement s, string relationId, string subjectId, string objectId, DateTimeOffset extractedAt, DateTimeOffset seen) =>
        Parameters.Of(
            ("id", id), ("articleId", s.ArticleId), ("ordinal", ordinal), ("relationId", relationId), ("type", s.Relation),
            ("subjectId", subjectId), ("objectId", objectId), ("subject", s.Subject), ("object", s.Object),
            ("sentence", s.Sentence ?? string.Empty), ("sentenceIndex", s.SentenceIndex),
            ("sentenceStart", s.SentenceSpan?.Start), ("sentenceEnd", s.SentenceSpan?.End),
            ("subjectStart", s.SubjectSpan?.Start), ("subjectEnd", s.SubjectSpan?.End),
            ("objectStart", s.ObjectSpan?.Start), ("objectEnd", s.ObjectSpan?.End),
            ("confidence", s.Confidence), ("negated", s.Negated), ("extractedAt", extractedAt), ("seen", seen));

    private static IReadOnlyDictionary<string, object?> AsMap(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? throw new InvalidCastException($"expected a map from Neo4j, got {value?.GetType().Name ?? "null"}");

    private static string? Optional(QueryRecord r, string field) => r.Has(field) ? r.GetString(field) : null;

    private static DateTimeOffset? OptionalDate(QueryRecord r, string field) => r.Has(field) ? r.GetDateTime(field) : null;

    private static TextSpan? Span(QueryRecord r, string start, string end) =>
        r.Has(start) && r.Has(end) ? new TextSpan(r.GetInt32(start), r.GetInt32(end)) : null;
}
