using System.Globalization;
using System.Text;
using System.Text.Json;
using Graph.Core.Model;
using Graph.Core.Names;
using Graph.Core.Ontology;

namespace Graph.Interchange;

/// <summary>
/// Reads facts in the JSON-lines format of extraction/GUIDELINES.md (entity and relation lines, grouped by
/// <c>article</c>), so the store can take facts from other tools and from gold files. An optional
/// <c>{"kind":"article","id":…,"title":…,"url":…,"source":…,"publishedAt":…}</c> line gives an article's metadata.
/// Every problem is reported as "file:line: problem"; an article with any problem is left out whole,
/// and a line too broken to tell its article (not JSON, no article id) leaves out the whole file, since
/// any article could be the one it belonged to.
/// </summary>
public sealed class GuidelinesJsonlReader(GraphOntology ontology)
{
    /// <summary>The articles read, in order of first appearance, and the problems of the ones left out.</summary>
    public sealed record Result(IReadOnlyList<ArticleFacts> Articles, IReadOnlyList<FactsFileException> Problems);

    public Result Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    public Result Read(TextReader reader, string fileName)
    {
        var articles = new Dictionary<string, ArticleBuilder>(StringComparer.Ordinal);
        var order = new List<string>();
        var problems = new List<FactsFileException>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var (articleId, add) = ParseLine(line, fileName, lineNumber);
                if (!articles.TryGetValue(articleId, out var builder))
                {
                    builder = new ArticleBuilder(articleId);
                    articles[articleId] = builder;
                    order.Add(articleId);
                }

                builder.Hash.Append(line.Trim()).Append('\n');
                add(builder, lineNumber);
            }
            catch (FactsFileException problem)
            {
                problems.Add(problem);
                if (problem.ArticleId.Length > 0 && articles.TryGetValue(problem.ArticleId, out var broken))
                {
                    broken.Broken = true;
                }
                else if (problem.ArticleId.Length > 0)
                {
                    articles[problem.ArticleId] = new ArticleBuilder(problem.ArticleId) { Broken = true };
                    order.Add(problem.ArticleId);
                }
            }
        }

        if (problems.Any(p => p.ArticleId.Length == 0))
        {
            return new Result([], problems);
        }

        var result = new List<ArticleFacts>();
        foreach (var id in order)
        {
            var builder = articles[id];
            if (builder.Broken)
            {
                continue;
            }

            var missing = builder.UnknownEntityReferences();
            if (missing.Count > 0)
            {
                problems.AddRange(missing.Select(m => new FactsFileException(fileName, m.Line, id, $"relation names '{m.Name}', which is not an entity of article '{id}'")));
                continue;
            }

            result.Add(builder.Build());
        }

        return new Result(result, problems);
    }

    private (string ArticleId, Action<ArticleBuilder, int> Add) ParseLine(string line, string file, int number)
    {
        JsonElement o;
        try
        {
            using var doc = JsonDocument.Parse(line);
            o = doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new FactsFileException(file, number, string.Empty, $"not JSON: {e.Message}");
        }

        if (o.ValueKind != JsonValueKind.Object)
        {
            throw new FactsFileException(file, number, string.Empty, "not a JSON object");
        }

        var kind = Text(o, "kind", file, number, string.Empty);
        var articleId = kind == "article" ? Text(o, "id", file, number, string.Empty) : Text(o, "article", file, number, string.Empty);
        switch (kind)
        {
            case "article":
                var title = Optional(o, "title");
                var url = Optional(o, "url");
                var source = Optional(o, "source");
                var published = Optional(o, "publishedAt") is { } p ? Date(p, file, number, articleId) : (DateTimeOffset?)null;
                return (articleId, (b, _) => b.Metadata = (url, title, source, published));
            case "entity":
                var name = Text(o, "name", file, number, articleId);
                var type = Text(o, "type", file, number, articleId);
                if (!ontology.IsEntityType(type))
                {
                    throw new FactsFileException(file, number, articleId, $"unknown entity type '{type}' (known: {string.Join(", ", ontology.EntityTypes.Select(t => t.Name))})");
                }

                var aliases = Strings(o, "aliases", file, number, articleId);
                return (articleId, (b, n) => b.AddEntity(new ArticleEntity(name, type, aliases), file, n));
            case "relation":
                var subject = Text(o, "subject", file, number, articleId);
                var relation = Text(o, "relation", file, number, articleId);
                var obj = Text(o, "object", file, number, articleId);
                if (!ontology.IsRelationType(relation))
                {
                    throw new FactsFileException(file, number, articleId, $"unknown relation type '{relation}' (known: {string.Join(", ", ontology.RelationTypes.Select(t => t.Name))})");
                }

                var confidence = o.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : 1.0;
                if (confidence is < 0 or > 1)
                {
                    throw new FactsFileException(file, number, articleId, $"confidence {confidence.ToString(CultureInfo.InvariantCulture)} is outside 0..1");
                }

                var negated = o.TryGetProperty("negated", out var neg) && neg.ValueKind == JsonValueKind.True;
                var statement = new Statement(articleId, subject, relation, obj, Optional(o, "evidence") ?? string.Empty, confidence, negated);
                return (articleId, (b, n) => b.AddStatement(statement, n));
            default:
                throw new FactsFileException(file, number, articleId, $"unknown kind '{kind}' (expected article, entity or relation)");
        }
    }

    private static string Text(JsonElement o, string field, string file, int line, string articleId)
    {
        if (!o.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw new FactsFileException(file, line, articleId, $"missing field '{field}'");
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw new FactsFileException(file, line, articleId, $"field '{field}' must be a non-empty string");
        }

        return value.GetString()!.Trim();
    }

    private static string? Optional(JsonElement o, string field) =>
        o.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Strings(JsonElement o, string field, string file, int line, string articleId)
    {
        if (!o.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            throw new FactsFileException(file, line, articleId, $"field '{field}' must be an array of strings");
        }

        return [.. value.EnumerateArray().Select(v => v.GetString()!)];
    }

    private static DateTimeOffset Date(string text, string file, int line, string articleId) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw new FactsFileException(file, line, articleId, $"publishedAt '{text}' is not a date");

    private sealed class ArticleBuilder(string id)
    {
        private readonly List<ArticleEntity> entities = [];
        private readonly Dictionary<string, int> entityLines = new(StringComparer.Ordinal);
        private readonly List<(Statement Statement, int Line)> statements = [];

        public StringBuilder Hash { get; } = new();

        public bool Broken { get; set; }

        public (string? Url, string? Title, string? Source, DateTimeOffset? PublishedAt) Metadata { get; set; }

        public void AddEntity(ArticleEntity entity, string file, int line)
        {
            var key = NameKey.Of(entity.Name);
            if (entityLines.TryGetValue(key, out var earlier))
            {
                throw new FactsFileException(file, line, id, $"entity '{entity.Name}' is already declared for article '{id}' at line {earlier}");
            }

            entityLines[key] = line;
            entities.Add(entity);
        }

        public void AddStatement(Statement statement, int line) => statements.Add((statement, line));

        public List<(int Line, string Name)> UnknownEntityReferences() =>
            [.. statements.SelectMany(s => new[] { (s.Line, s.Statement.Subject), (s.Line, s.Statement.Object) })
                .Where(x => !entityLines.ContainsKey(NameKey.Of(x.Item2)))];

        public ArticleFacts Build()
        {
            var (url, title, source, published) = Metadata;
            var article = new Article(id, ContentHash.Of(Hash.ToString()), url, title, source, published);
            return new ArticleFacts(article, entities, [.. statements.Select(s => s.Statement)]);
        }
    }
}
