using System.Globalization;
using Graph.Core.Model;
using Graph.Store;

namespace Graph.Interchange.Reading;

/// <summary>
/// Reads a folder written by <see cref="Neo4jCsvExporter"/> back into a snapshot. Columns are found by their header
/// (so their order may change), values typed as the header says; problems name the file and line.
/// </summary>
public static class Neo4jCsvReader
{
    public static GraphSnapshot ReadFolder(string folder)
    {
        var missing = Neo4jCsvExporter.Files.Where(f => !File.Exists(Path.Combine(folder, f))).ToList();
        if (missing.Count > 0)
        {
            throw new InterchangeFormatException([.. missing.Select(f => $"{Path.Combine(folder, f)}: missing (a neo4j-csv export has {string.Join(", ", Neo4jCsvExporter.Files)})")]);
        }

        var builder = new SnapshotBuilder();
        Rows(folder, "articles.csv", builder, r => builder.Article(
            new Article(r.Required("id:ID(Article)"), r.Required("contentHash"), r.Optional("url"), r.Optional("title"), r.Optional("source"), r.OptionalDate("publishedAt:datetime"))
            {
                IngestedAt = r.OptionalDate("ingestedAt:datetime"),
            },
            r.Optional("seq:long") is { } seq ? long.Parse(seq, CultureInfo.InvariantCulture) : null));
        var entities = new List<Entity>();
        Rows(folder, "entities.csv", builder, r => entities.Add(new Entity(r.Required("id:ID(Entity)"), r.Required("type"), r.Required("name"), r.List("aliases:string[]"))));
        Rows(folder, "statements.csv", builder, r =>
        {
            var statement = new Statement(r.Required("articleId"), r.Required("subject"), r.Required("type"), r.Required("object"), r.Required("sentence"),
                r.Double("confidence:double"), bool.Parse(r.Required("negated:boolean")))
            {
                SentenceIndex = r.Int("sentenceIndex:int"),
                SentenceSpan = r.Span("sentenceStart:int", "sentenceEnd:int"),
                SubjectSpan = r.Span("subjectStart:int", "subjectEnd:int"),
                ObjectSpan = r.Span("objectStart:int", "objectEnd:int"),
            };
            builder.Statements.Add(new StoredStatement(r.Required("id:ID(Statement)"), r.Required("relationId"), r.Required("subjectId"), r.Required("objectId"),
                statement, r.Date("extractedAt:datetime")));
        });
        Rows(folder, "relations.csv", builder, r => builder.Relations.Add(new Relation(r.Required("id"), r.Required(":TYPE"), r.Required(":START_ID(Entity)"), r.Required(":END_ID(Entity)"),
            r.Int("support:int"), r.Double("confidence:double"), r.Date("firstSeen:datetime"), r.Date("lastSeen:datetime"))));
        Rows(folder, "mentions.csv", builder, r => builder.Mentions.Add(
            ArticleMention.Of(r.Required(":START_ID(Article)"), r.Required(":END_ID(Entity)"), r.Required("name"), r.List("aliases:string[]"))));

        // An entity's mention count is the number of statements naming it (as the stores count it).
        var named = builder.Statements.SelectMany(s => s.SubjectId == s.ObjectId ? [s.SubjectId] : new[] { s.SubjectId, s.ObjectId })
            .CountBy(id => id, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        builder.Entities.AddRange(entities.Select(e => e with { MentionCount = named.GetValueOrDefault(e.Id) }));

        // states.csv repeats what each statement's articleId says; it is checked, not needed.
        var statementArticles = builder.Statements.ToDictionary(s => s.Id, s => s.Statement.ArticleId, StringComparer.Ordinal);
        Rows(folder, "states.csv", builder, r =>
        {
            var statementId = r.Required(":END_ID(Statement)");
            if (statementArticles.GetValueOrDefault(statementId) != r.Required(":START_ID(Article)"))
            {
                throw new FormatException($"STATES links article '{r.Required(":START_ID(Article)")}' to statement '{statementId}', which statements.csv gives another article (or none)");
            }
        });
        return builder.Build();
    }

    private static void Rows(string folder, string file, SnapshotBuilder builder, Action<Row> read)
    {
        IReadOnlyList<string?>? header = null;
        try
        {
            foreach (var (line, fields) in CsvReader.Records(File.ReadAllText(Path.Combine(folder, file))))
            {
                if (header is null)
                {
                    header = fields;
                    continue;
                }

                try
                {
                    read(new Row(header, fields));
                }
                catch (FormatException e)
                {
                    builder.Problems.Add($"{file}:{line}: {e.Message}");
                }
            }
        }
        catch (FormatException e)
        {
            builder.Problems.Add($"{file}: {e.Message}");
        }
    }

    /// <summary>One record's fields by header name, typed.</summary>
    private sealed class Row(IReadOnlyList<string?> header, IReadOnlyList<string?> fields)
    {
        public string Required(string column) => Optional(column) ?? throw new FormatException($"no value for {column}");

        public string? Optional(string column)
        {
            var index = header.ToList().IndexOf(column);
            if (index < 0)
            {
                throw new FormatException($"no column {column}");
            }

            return index < fields.Count ? fields[index] : throw new FormatException($"{fields.Count} fields, {header.Count} columns");
        }

        public int Int(string column) => int.TryParse(Required(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw new FormatException($"{column} is not an integer");

        public double Double(string column) => double.TryParse(Required(column), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : throw new FormatException($"{column} is not a number");

        public DateTimeOffset Date(string column) => OptionalDate(column) ?? throw new FormatException($"no value for {column}");

        public DateTimeOffset? OptionalDate(string column) => Optional(column) is not { } text ? null
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw new FormatException($"{column} '{text}' is not a date");

        public IReadOnlyList<string> List(string column) => Optional(column) is { } text ? text.Split(Neo4jCsvExporter.ArrayDelimiter) : [];

        public TextSpan? Span(string start, string end) =>
            Optional(start) is null ? null : new TextSpan(Int(start), Int(end));
    }
}
