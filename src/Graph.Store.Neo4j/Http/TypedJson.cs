using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Graph.Store.Neo4j.Http;

/// <summary>
/// Neo4j's typed JSON (media type <c>application/vnd.neo4j.query</c>): every value is
/// <c>{"$type": "...", "_value": ...}</c>, so integers, floats and datetimes survive the trip exactly
/// (plain JSON would turn 1.0 into an INTEGER and a datetime into a STRING).
/// </summary>
public static class TypedJson
{
    /// <summary>The typed JSON media type as Neo4j 5.23+ names it (later servers also accept it under the alias <c>.v1.0</c>).</summary>
    public const string MediaType = "application/vnd.neo4j.query";

    /// <summary>Writes a .NET value as a typed JSON value: null, bool, integers, floating point, string, DateTimeOffset, DateOnly, maps and lists.</summary>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        switch (value)
        {
            case null:
                writer.WriteString("$type", "Null");
                writer.WriteNull("_value");
                break;
            case bool b:
                writer.WriteString("$type", "Boolean");
                writer.WriteBoolean("_value", b);
                break;
            case string s:
                writer.WriteString("$type", "String");
                writer.WriteString("_value", s);
                break;
            case int or long or short or byte or sbyte or ushort or uint:
                writer.WriteString("$type", "Integer");
                writer.WriteString("_value", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                writer.WriteString("$type", "Float");
                writer.WriteString("_value", FormatFloat(Convert.ToDouble(value, CultureInfo.InvariantCulture)));
                break;
            case DateTimeOffset dto:
                writer.WriteString("$type", "OffsetDateTime");
                writer.WriteString("_value", dto.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture));
                break;
            case DateOnly date:
                writer.WriteString("$type", "Date");
                writer.WriteString("_value", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case IDictionary<string, object?> map:
                writer.WriteString("$type", "Map");
                writer.WriteStartObject("_value");
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteString("$type", "List");
                writer.WriteStartArray("_value");
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"a parameter of type {value.GetType().Name} cannot be sent to Neo4j", nameof(value));
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads one typed JSON value into .NET: null, bool, long, double, string, DateTimeOffset, DateTime (local), DateOnly, List, Dictionary, <see cref="Neo4jNode"/>, <see cref="Neo4jRelationship"/>, byte[]; other types (Duration, Point, Time) as their string.</summary>
    public static object? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("$type", out var typeElement)
            || !element.TryGetProperty("_value", out var value))
        {
            throw new FormatException($"expected a typed JSON value {{\"$type\": …, \"_value\": …}}, found {Abbreviate(element)}");
        }

        var type = typeElement.GetString();
        return type switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => long.Parse(value.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture),
            "Float" => ParseFloat(value.GetString()!),
            "String" => value.GetString(),
            "OffsetDateTime" => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            "ZonedDateTime" => ParseZoned(value.GetString()!),
            "LocalDateTime" => DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            "Date" => DateOnly.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            "Base64" => Convert.FromBase64String(value.GetString()!),
            "List" => value.EnumerateArray().Select(Read).ToList(),
            "Map" => ReadMap(value),
            "Node" => new Neo4jNode(
                value.GetProperty("_element_id").GetString()!,
                [.. value.GetProperty("_labels").EnumerateArray().Select(l => l.GetString()!)],
                ReadMap(value.GetProperty("_properties"))),
            "Relationship" => new Neo4jRelationship(
                value.GetProperty("_element_id").GetString()!,
                value.GetProperty("_type").GetString()!,
                value.GetProperty("_start_node_element_id").GetString()!,
                value.GetProperty("_end_node_element_id").GetString()!,
                ReadMap(value.GetProperty("_properties"))),
            "Path" => value.EnumerateArray().Select(Read).ToList(),
            _ => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
        };
    }

    private static Dictionary<string, object?> ReadMap(JsonElement value)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            map[property.Name] = Read(property.Value);
        }

        return map;
    }

    /// <summary>"2015-11-21T21:40:32.142Z[Antarctica/Troll]": the offset is what identifies the instant; the zone name is dropped.</summary>
    private static DateTimeOffset ParseZoned(string text)
    {
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        var instant = bracket < 0 ? text : text[..bracket];
        return DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
    }

    private static double ParseFloat(string text) => text switch
    {
        "NaN" or "Nan" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static string FormatFloat(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => WithPoint(value.ToString("R", CultureInfo.InvariantCulture)),
    };

    /// <summary>"1" → "1.0": a Float that reads as a float in any parser, not only in lenient ones.</summary>
    private static string WithPoint(string text) =>
        text.AsSpan().IndexOfAny('.', 'E', 'e') >= 0 ? text : text + ".0";

    private static string Abbreviate(JsonElement element)
    {
        var raw = element.GetRawText();
        return raw.Length <= 80 ? raw : raw[..80] + "…";
    }
}

/// <summary>A node as Neo4j returned it.</summary>
public sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship as Neo4j returned it.</summary>
public sealed record Neo4jRelationship(string ElementId, string Type, string StartElementId, string EndElementId, IReadOnlyDictionary<string, object?> Properties);
