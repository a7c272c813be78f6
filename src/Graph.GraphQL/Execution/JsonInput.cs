using System.Text.Json;

namespace Graph.GraphQL.Execution;

/// <summary>Turns JSON (e.g. a request's "variables") into the plain values the engine coerces: dictionaries, lists, string, bool, long/double, null.</summary>
public static class JsonInput
{
    public static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToDictionary(element),
        JsonValueKind.Array => element.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public static Dictionary<string, object?> ToDictionary(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject()) map[property.Name] = ToValue(property.Value);
        return map;
    }

    /// <summary>Parses a JSON object text (e.g. variables) into a dictionary; null for empty or "null" text.</summary>
    public static Dictionary<string, object?>? ParseObject(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object ? ToDictionary(document.RootElement) : null;
    }
}
