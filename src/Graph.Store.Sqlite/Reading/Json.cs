using System.Text.Json;

namespace Graph.Store.Sqlite.Reading;

/// <summary>Lists go to SQL as one JSON parameter read with <c>json_each</c>: one prepared statement for any length.</summary>
internal static class Json
{
    public static string Array(IEnumerable<string> values) => JsonSerializer.Serialize(values);
}
