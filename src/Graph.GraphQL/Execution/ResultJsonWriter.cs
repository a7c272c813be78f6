using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>Writes a response as JSON with System.Text.Json, errors first, keys in selection order.</summary>
public static class ResultJsonWriter
{
    // Relaxed escaping writes quotes as \" and leaves non-ASCII text readable; the output is JSON, never HTML.
    private static readonly JsonWriterOptions Options = new() { Indented = false, SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The writer settings responses use (for callers that create their own <see cref="Utf8JsonWriter"/>).</summary>
    public static JsonWriterOptions WriterOptions => Options;

    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors"u8);
            writer.WriteStartArray();
            foreach (var error in result.Errors) WriteError(writer, error);
            writer.WriteEndArray();
        }
        if (result.HasData)
        {
            writer.WritePropertyName("data"u8);
            WriteValue(writer, result.Data);
        }
        writer.WriteEndObject();
    }

    public static void Write(Stream stream, ExecutionResult result)
    {
        using var writer = new Utf8JsonWriter(stream, Options);
        Write(writer, result);
    }

    public static string ToJson(ExecutionResult result)
    {
        using var buffer = new MemoryStream();
        Write(buffer, result);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message"u8, error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WritePropertyName("locations"u8);
            writer.WriteStartArray();
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line"u8, location.Line);
                writer.WriteNumber("column"u8, location.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (error.Path is not null)
        {
            writer.WritePropertyName("path"u8);
            writer.WriteStartArray();
            foreach (var key in error.Path)
            {
                if (key is int index) writer.WriteNumberValue(index);
                else writer.WriteStringValue((string)key);
            }
            writer.WriteEndArray();
        }
        if (error.Code is not null)
        {
            writer.WritePropertyName("extensions"u8);
            writer.WriteStartObject();
            writer.WriteString("code"u8, error.Code);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes a completed value: ResultMap, list, or serialized scalar.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            case float f: writer.WriteNumberValue(f); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case ResultMap map:
                writer.WriteStartObject();
                for (var i = 0; i < map.Count; i++)
                {
                    var entry = map[i];
                    writer.WritePropertyName(entry.Key);
                    WriteValue(writer, entry.Value);
                }
                writer.WriteEndObject();
                break;
            case IDictionary<string, object?> dictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Inspect.Value(value));
                break;
        }
    }
}
