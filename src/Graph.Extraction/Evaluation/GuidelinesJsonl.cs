using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Core.Model;
using Graph.Core.Names;
using Graph.Core.Ontology;

namespace Graph.Extraction.Evaluation;

/// <summary>
/// The GUIDELINES jsonl format, one JSON object a line: <c>{"kind":"entity","article","name","type","aliases"}</c>
/// and <c>{"kind":"relation","article","subject","relation","object","required","evidence"}</c>; system output adds
/// <c>negated</c>, <c>confidence</c>, <c>sentence</c> (index) and character spans. An optional
/// <c>{"kind":"article","article","title","url","source","publishedAt"}</c> line carries metadata (score.py ignores it).
/// </summary>
public static class GuidelinesJsonl
{
    private static readonly JsonSerializerOptions LineOptions = new()
    {
        // Names and evidence stay readable (é, ’, “ ”) rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Writes one article's facts: optionally its metadata line, then entity lines, then relation lines.</summary>
    public static void Write(TextWriter writer, ArticleFacts facts, bool includeArticleLine = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(facts);
        if (includeArticleLine)
        {
            writer.WriteLine(ArticleLine(facts.Article));
        }

        foreach (var entity in facts.Entities)
        {
            writer.WriteLine(EntityLine(facts.Article.Id, entity));
        }

        foreach (var statement in facts.Statements)
        {
            writer.WriteLine(RelationLine(statement));
        }
    }

    public static string ArticleLine(Article article) => JsonSerializer.Serialize(
        new ArticleLineDto("article", article.Id, article.Title, article.Url, article.Source, article.PublishedAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
        LineOptions);

    public static string EntityLine(string articleId, ArticleEntity entity) =>
        JsonSerializer.Serialize(new EntityLineDto("entity", articleId, entity.Name, entity.Type, entity.Aliases), LineOptions);

    public static string RelationLine(Statement statement) => JsonSerializer.Serialize(
        new RelationLineDto(
            "relation",
            statement.ArticleId,
            statement.Subject,
            statement.Relation,
            statement.Object,
            statement.Negated ? true : null,
            Math.Round(statement.Confidence, 3),
            statement.Sentence,
            statement.SentenceIndex >= 0 ? statement.SentenceIndex : null,
            Span(statement.SentenceSpan),
            Span(statement.SubjectSpan),
            Span(statement.ObjectSpan)),
        LineOptions);

    private static int[]? Span(TextSpan? span) => span is { } s ? [s.Start, s.End] : null;

    /// <summary>Reads a file into facts per article, in the order articles first appear.</summary>
    /// <exception cref="GuidelinesJsonlException">Lines that are not JSON, lack a field, name an unknown type or an undeclared entity.</exception>
    public static IReadOnlyList<ArticleFacts> ReadFile(string path, GraphOntology ontology)
    {
        try
        {
            using var reader = new StreamReader(path);
            return Read(reader, path, ontology);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GuidelinesJsonlException($"{path}: cannot be read: {e.Message}", e);
        }
    }

    /// <inheritdoc cref="ReadFile"/>
    public static IReadOnlyList<ArticleFacts> Read(TextReader reader, string fileName, GraphOntology ontology)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(ontology);
        return new Reading(fileName, ontology).Run(reader);
    }

    private sealed record ArticleLineDto(string kind, string article, string? title, string? url, string? source, string? publishedAt);

    private sealed record EntityLineDto(string kind, string article, string name, string type, IReadOnlyList<string> aliases);

    private sealed record RelationLineDto(
        string kind, string article, string subject, string relation, string @object, bool? negated, double confidence,
        string evidence, int? sentence, int[]? sentenceSpan, int[]? subjectSpan, int[]? objectSpan);

    /// <summary>One pass over a file, collecting facts and problems.</summary>
    private sealed class Reading(string fileName, GraphOntology ontology)
    {
        private readonly List<string> problems = [];
        private readonly Dictionary<string, ArticleBuilder> articles = new(StringComparer.Ordinal);
        private readonly List<(int Line, Statement Statement)> statements = [];

        public IReadOnlyList<ArticleFacts> Run(TextReader reader)
        {
            var number = 0;
            while (reader.ReadLine() is { } line)
            {
                number++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    ReadLine(line, number);
                }
            }

            foreach (var (line, statement) in statements)
            {
                var builder = articles[statement.ArticleId];
                foreach (var end in new[] { statement.Subject, statement.Object })
                {
                    if (!builder.Names.Contains(NameKey.Of(end)))
                    {
                        Problem(line, $"unknown entity '{end}': no entity line of article '{statement.ArticleId}' names it");
                    }
                }
            }

            if (problems.Count > 0)
            {
                throw new GuidelinesJsonlException(problems);
            }

            return articles.Values.Select(a => a.Build()).ToList();
        }

        private void ReadLine(string line, int number)
        {
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(line);
            }
            catch (JsonException e)
            {
                Problem(number, $"not JSON: {e.Message}");
                return;
            }

            using (json)
            {
                var o = json.RootElement;
                if (o.ValueKind != JsonValueKind.Object)
                {
                    Problem(number, $"not a JSON object but {o.ValueKind.ToString().ToLowerInvariant()}");
                    return;
                }

                var kind = Text(o, "kind", number);
                var articleId = Text(o, "article", number);
                if (kind is null || articleId is null)
                {
                    return;
                }

                if (!articles.TryGetValue(articleId, out var article))
                {
                    articles[articleId] = article = new ArticleBuilder(articleId);
                }

                switch (kind)
                {
                    case "entity":
                        ReadEntity(o, number, article);
                        break;
                    case "relation":
                        ReadRelation(o, number, articleId);
                        break;
                    case "article":
                        article.Title = Optional(o, "title", number);
                        article.Url = Optional(o, "url", number);
                        article.Source = Optional(o, "source", number);
                        article.PublishedAt = ReadDate(o, number);
                        break;
                    default:
                        Problem(number, $"unknown kind '{kind}' (expected entity, relation or article)");
                        break;
                }

                article.Lines.Add(line);
            }
        }

        private void ReadEntity(JsonElement o, int number, ArticleBuilder article)
        {
            var name = Text(o, "name", number);
            var type = Text(o, "type", number);
            if (name is null || type is null)
            {
                return;
            }

            if (!ontology.IsEntityType(type))
            {
                Problem(number, $"unknown entity type '{type}' (the ontology has {string.Join(", ", ontology.EntityTypes.Select(t => t.Name))})");
                return;
            }

            var aliases = new List<string>();
            if (o.TryGetProperty("aliases", out var list) && list.ValueKind != JsonValueKind.Null)
            {
                if (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(a => a.ValueKind != JsonValueKind.String))
                {
                    Problem(number, "field \"aliases\" must be a list of strings");
                    return;
                }

                aliases.AddRange(list.EnumerateArray().Select(a => a.GetString()!));
            }

            if (!article.Names.Add(NameKey.Of(name)))
            {
                Problem(number, $"entity '{name}' is declared twice for article '{article.Id}'");
                return;
            }

            article.Entities.Add(new ArticleEntity(name, type, aliases));
        }

        private void ReadRelation(JsonElement o, int number, string articleId)
        {
            var subject = Text(o, "subject", number);
            var relation = Text(o, "relation", number);
            var obj = Text(o, "object", number);
            if (subject is null || relation is null || obj is null)
            {
                return;
            }

            if (!ontology.IsRelationType(relation))
            {
                Problem(number, $"unknown relation type '{relation}'");
                return;
            }

            var confidence = o.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : 1.0;
            if (confidence is < 0 or > 1)
            {
                Problem(number, $"confidence {confidence} is outside 0..1");
                return;
            }

            var statement = new Statement(
                articleId, subject, relation, obj,
                Optional(o, "evidence", number) ?? string.Empty,
                confidence,
                o.TryGetProperty("negated", out var n) && n.ValueKind == JsonValueKind.True)
            {
                SentenceIndex = o.TryGetProperty("sentence", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : -1,
                SentenceSpan = ReadSpan(o, "sentenceSpan", number),
                SubjectSpan = ReadSpan(o, "subjectSpan", number),
                ObjectSpan = ReadSpan(o, "objectSpan", number),
            };
            articles[articleId].Statements.Add(statement);
            statements.Add((number, statement));
        }

        private TextSpan? ReadSpan(JsonElement o, string name, int number)
        {
            if (!o.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 2
                && value[0].TryGetInt32(out var start) && value[1].TryGetInt32(out var end) && 0 <= start && start <= end)
            {
                return new TextSpan(start, end);
            }

            Problem(number, $"field \"{name}\" must be [start, end] with 0 <= start <= end");
            return null;
        }

        private DateTimeOffset? ReadDate(JsonElement o, int number)
        {
            var text = Optional(o, "publishedAt", number);
            if (text is null)
            {
                return null;
            }

            if (DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var date))
            {
                return date;
            }

            Problem(number, $"field \"publishedAt\" is not a date: '{text}'");
            return null;
        }

        private string? Text(JsonElement o, string name, int number)
        {
            if (!o.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                Problem(number, $"missing field \"{name}\"");
                return null;
            }

            if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            {
                Problem(number, $"field \"{name}\" must be a non-empty string");
                return null;
            }

            return value.GetString();
        }

        private string? Optional(JsonElement o, string name, int number)
        {
            if (!o.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                Problem(number, $"field \"{name}\" must be a string");
                return null;
            }

            return value.GetString();
        }

        private void Problem(int line, string what) => problems.Add($"{fileName}:{line}: {what}");
    }

    private sealed class ArticleBuilder(string id)
    {
        public string Id { get; } = id;

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public List<ArticleEntity> Entities { get; } = [];

        public List<Statement> Statements { get; } = [];

        /// <summary>The article's lines as read; their hash tells a re-import whether anything changed.</summary>
        public List<string> Lines { get; } = [];

        public string? Title { get; set; }

        public string? Url { get; set; }

        public string? Source { get; set; }

        public DateTimeOffset? PublishedAt { get; set; }

        public ArticleFacts Build() => new(
            new Article(Id, ContentHash.Of(string.Join("\n", Lines)), Url, Title, Source, PublishedAt),
            Entities,
            Statements);
    }
}
