using System.Text.Json;
using Graph.Core.Model;
using Graph.Store;

namespace Graph.Interchange.Reading;

/// <summary>
/// Reads what <see cref="JsonlExporter"/> writes back into a snapshot. Every bad line (not JSON, unknown kind, a missing
/// or mistyped field) is reported as <c>file:line: problem</c>, all of them, before anything is returned.
/// </summary>
public static class JsonlReader
{
    public static GraphSnapshot ReadFile(string path)
    {
        var builder = new SnapshotBuilder();
        var name = Path.GetFileName(path);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                Read(new JsonFields(json.RootElement), builder);
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
            {
                builder.Problems.Add($"{name}:{number}: {e.Message}");
            }
        }

        return builder.Build();
    }

    private static void Read(JsonFields f, SnapshotBuilder into)
    {
        switch (f.String("kind"))
        {
            case "article":
                into.Article(
                    new Article(f.String("id"), f.String("contentHash"), f.OptionalString("url"), f.OptionalString("title"), f.OptionalString("source"), f.OptionalDate("publishedAt"))
                    {
                        IngestedAt = f.OptionalDate("ingestedAt"),
                    },
                    f.OptionalLong("order"));
                break;
            case "entity":
                into.Entities.Add(new Entity(f.String("id"), f.String("type"), f.String("name"), f.Strings("aliases")) { MentionCount = f.Int("mentionCount") });
                break;
            case "relation":
                into.Relations.Add(new Relation(f.String("id"), f.String("relation"), f.String("subject"), f.String("object"),
                    f.Int("support"), f.Double("confidence"), f.Date("firstSeen"), f.Date("lastSeen")));
                break;
            case "statement":
                var statement = new Statement(f.String("article"), f.String("subject"), f.String("relation"), f.String("object"), f.String("evidence"), f.Double("confidence"), f.Bool("negated"))
                {
                    SentenceIndex = f.Int("sentenceIndex"),
                    SentenceSpan = f.OptionalSpan("sentenceSpan"),
                    SubjectSpan = f.OptionalSpan("subjectSpan"),
                    ObjectSpan = f.OptionalSpan("objectSpan"),
                };
                into.Statements.Add(new StoredStatement(f.String("id"), f.String("relationId"), f.String("subjectId"), f.String("objectId"), statement, f.Date("extractedAt")));
                break;
            case "mention":
                into.Mentions.Add(new ArticleMention(f.String("article"), f.String("entity"), f.String("name"), f.Strings("aliases")));
                break;
            case var other:
                throw new FormatException($"unknown kind '{other}' (expected article, entity, relation, statement or mention)");
        }
    }

    /// <summary>Typed access to one line's fields, with errors that name the field.</summary>
    private readonly struct JsonFields(JsonElement root)
    {
        public string String(string name) =>
            Get(name) is { ValueKind: JsonValueKind.String } v ? v.GetString()! : throw Missing(name, "a string");

        public string? OptionalString(string name) => Get(name) switch
        {
            null or { ValueKind: JsonValueKind.Null } => null,
            { ValueKind: JsonValueKind.String } v => v.GetString(),
            _ => throw Missing(name, "a string"),
        };

        public int Int(string name) => Get(name) is { ValueKind: JsonValueKind.Number } v && v.TryGetInt32(out var n) ? n : throw Missing(name, "an integer");

        public long? OptionalLong(string name) => Get(name) switch
        {
            null or { ValueKind: JsonValueKind.Null } => null,
            { ValueKind: JsonValueKind.Number } v when v.TryGetInt64(out var n) => n,
            _ => throw Missing(name, "an integer"),
        };

        public double Double(string name) => Get(name) is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : throw Missing(name, "a number");

        public bool Bool(string name) => Get(name) switch
        {
            { ValueKind: JsonValueKind.True } => true,
            { ValueKind: JsonValueKind.False } => false,
            _ => throw Missing(name, "true or false"),
        };

        public DateTimeOffset Date(string name) => OptionalDate(name) ?? throw Missing(name, "a date");

        public DateTimeOffset? OptionalDate(string name) => Get(name) switch
        {
            null or { ValueKind: JsonValueKind.Null } => null,
            { ValueKind: JsonValueKind.String } v when v.TryGetDateTimeOffset(out var d) => d,
            _ => throw Missing(name, "an ISO 8601 date"),
        };

        public IReadOnlyList<string> Strings(string name) =>
            Get(name) is { ValueKind: JsonValueKind.Array } v && v.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String)
                ? [.. v.EnumerateArray().Select(x => x.GetString()!)]
                : throw Missing(name, "a list of strings");

        public TextSpan? OptionalSpan(string name) => Get(name) switch
        {
            null or { ValueKind: JsonValueKind.Null } => null,
            { ValueKind: JsonValueKind.Array } v when v.GetArrayLength() == 2 && v[0].TryGetInt32(out var start) && v[1].TryGetInt32(out var end) => new TextSpan(start, end),
            _ => throw Missing(name, "[start, end]"),
        };

        private JsonElement? Get(string name) =>
            root.ValueKind == JsonValueKind.Object ? (root.TryGetProperty(name, out var v) ? v : null) : throw new FormatException("not a JSON object");

        private static FormatException Missing(string name, string what) => new($"\"{name}\" must be {what}");
    }
}
