using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Graph.Store.Sqlite.Reading;

/// <summary>Lists go to SQL as one JSON parameter read with <c>json_each</c>: one prepared statement for any length.</summary>
internal static class Json
{
    public static string Array(IEnumerable<string> values) => JsonSerializer.Serialize(values);

    /// <summary>Entity numbers as a JSON array, written by hand (a walk sends thousands per query).</summary>
    public static string Array(IEnumerable<long> numbers)
    {
        var json = new StringBuilder("[");
        foreach (var n in numbers)
        {
            (json.Length > 1 ? json.Append(',') : json).Append(n.ToString(CultureInfo.InvariantCulture));
        }

        return json.Append(']').ToString();
    }
}
