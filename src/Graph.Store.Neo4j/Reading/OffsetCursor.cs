using System.Globalization;
using System.Text;

namespace Graph.Store.Neo4j.Reading;

/// <summary>Opaque page cursors for the Neo4j store: the offset of the next item, base64-encoded.</summary>
internal static class OffsetCursor
{
    private const string Tag = "neo4j-offset:";

    public static string Encode(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Tag + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The offset a cursor stands for (0 for none); an error naming the cursor when it is not one of ours.</summary>
    public static int Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Tag, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Tag.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
        }

        throw new ArgumentException($"'{cursor}' is not a cursor this store gave out", nameof(cursor));
    }

    /// <summary>A page from a statement that returned one row more than asked for (so "is there more" needs no count).</summary>
    public static Page<T> Page<T>(IReadOnlyList<T> fetched, int total, int offset, int first)
    {
        var items = fetched.Take(first).ToList();
        var hasNext = fetched.Count > first;
        return new Page<T>(items, total, items.Count == 0 ? null : Encode(offset + items.Count), hasNext);
    }
}
