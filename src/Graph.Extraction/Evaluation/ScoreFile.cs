using System.Text.Json;

namespace Graph.Extraction.Evaluation;

/// <summary>An entity line as the scorer reads it.</summary>
public sealed record ScoredEntity(string Name, string? Type, IReadOnlyList<string> Aliases);

/// <summary>A relation line as the scorer reads it (negated ones are left out on loading).</summary>
public sealed record ScoredRelation(string Subject, string Relation, string Object, bool Required, string Evidence);

/// <summary>A gold or system file loaded as score.py's <c>load()</c> does: entity and relation lines by article, negated relations dropped.</summary>
public sealed class ScoreFile
{
    private ScoreFile(Dictionary<string, List<ScoredEntity>> entities, Dictionary<string, List<ScoredRelation>> relations)
    {
        Entities = entities;
        Relations = relations;
    }

    /// <summary>Entity lines by article, in file order.</summary>
    public IReadOnlyDictionary<string, List<ScoredEntity>> Entities { get; }

    /// <summary>Relation lines that are not negated, by article, in file order.</summary>
    public IReadOnlyDictionary<string, List<ScoredRelation>> Relations { get; }

    /// <exception cref="ScoreInputException">A line is not JSON or lacks a field the scorer needs.</exception>
    public static ScoreFile Load(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScoreInputException($"{path}: cannot be read: {e.Message}", e);
        }

        return Parse(lines, path);
    }

    public static ScoreFile Parse(IEnumerable<string> lines, string path)
    {
        var entities = new Dictionary<string, List<ScoredEntity>>(StringComparer.Ordinal);
        var relations = new Dictionary<string, List<ScoredRelation>>(StringComparer.Ordinal);
        var n = 0;
        foreach (var raw in lines)
        {
            n++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(line);
            }
            catch (JsonException e)
            {
                throw new ScoreInputException($"{path}:{n}: not JSON: {e.Message}", e);
            }

            using (json)
            {
                var o = json.RootElement;
                if (o.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                switch (Json.Text(o, "kind"))
                {
                    case "entity":
                        Add(entities, Json.RequiredText(o, "article", path, n), new ScoredEntity(
                            Json.RequiredText(o, "name", path, n),
                            Json.Text(o, "type"),
                            Json.TextList(o, "aliases")));
                        break;
                    case "relation" when !Json.Truthy(o, "negated", fallback: false):
                        Add(relations, Json.RequiredText(o, "article", path, n), new ScoredRelation(
                            Json.RequiredText(o, "subject", path, n),
                            Json.RequiredText(o, "relation", path, n),
                            Json.RequiredText(o, "object", path, n),
                            Json.Truthy(o, "required", fallback: true),
                            Json.Text(o, "evidence") ?? string.Empty));
                        break;
                }
            }
        }

        return new ScoreFile(entities, relations);
    }

    private static void Add<T>(Dictionary<string, List<T>> byArticle, string article, T item)
    {
        if (!byArticle.TryGetValue(article, out var list))
        {
            byArticle[article] = list = [];
        }

        list.Add(item);
    }

    /// <summary>Reading fields the way a Python dict read of json.loads output behaves (the last duplicate key wins).</summary>
    private static class Json
    {
        public static JsonElement? Field(JsonElement o, string name)
        {
            JsonElement? found = null;
            foreach (var property in o.EnumerateObject())
            {
                if (property.NameEquals(name))
                {
                    found = property.Value;
                }
            }

            return found;
        }

        /// <summary>The field as str() would print it, or null when absent or null.</summary>
        public static string? Text(JsonElement o, string name) => Field(o, name) is { } value ? AsText(value) : null;

        public static string RequiredText(JsonElement o, string name, string path, int line) =>
            Text(o, name) ?? throw new ScoreInputException($"{path}:{line}: missing field \"{name}\"");

        public static IReadOnlyList<string> TextList(JsonElement o, string name) =>
            Field(o, name) is { ValueKind: JsonValueKind.Array } array
                ? array.EnumerateArray().Select(AsText).OfType<string>().ToList()
                : [];

        /// <summary>Python truthiness of a JSON value: false, null, 0, "", [] and {} are false.</summary>
        public static bool Truthy(JsonElement o, string name, bool fallback)
        {
            if (Field(o, name) is not { } value)
            {
                return fallback;
            }

            return value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False or JsonValueKind.Null => false,
                JsonValueKind.Number => value.GetDouble() != 0,
                JsonValueKind.String => value.GetString()!.Length > 0,
                JsonValueKind.Array => value.GetArrayLength() > 0,
                JsonValueKind.Object => value.EnumerateObject().Any(),
                _ => fallback,
            };
        }

        private static string? AsText(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            JsonValueKind.True => "True",
            JsonValueKind.False => "False",
            _ => value.GetRawText(),
        };
    }
}
