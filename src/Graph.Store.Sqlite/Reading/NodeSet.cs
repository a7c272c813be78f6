using System.Text;

namespace Graph.Store.Sqlite.Reading;

/// <summary>
/// Entity ids numbered in the order they were added, findable by the UTF-8 bytes SQLite hands out: a walk asks
/// "is this end one of ours?" for thousands of links, and most answers need no new string.
/// </summary>
internal sealed class NodeSet
{
    /// <summary>Ids up to this many bytes are decoded on the stack; longer ones (rare) on the heap.</summary>
    private const int StackBytes = 256;

    private readonly List<string> ids = [];
    private readonly Dictionary<string, int> positions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> byChars;
    private string? json;

    public NodeSet() => byChars = positions.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => ids.Count;

    public string this[int position] => ids[position];

    public IReadOnlyList<string> Ids => ids;

    /// <summary>Adds <paramref name="id"/> unless present; its position either way.</summary>
    public int Add(string id)
    {
        if (positions.TryGetValue(id, out var position))
        {
            return position;
        }

        ids.Add(id);
        positions[id] = ids.Count - 1;
        json = null;
        return ids.Count - 1;
    }

    public bool Contains(string id) => positions.ContainsKey(id);

    /// <summary>The position of the id spelled by these UTF-8 bytes, or -1.</summary>
    public int Find(ReadOnlySpan<byte> utf8)
    {
        var chars = utf8.Length <= StackBytes ? stackalloc char[utf8.Length] : new char[utf8.Length];
        var length = Encoding.UTF8.GetChars(utf8, chars);
        return byChars.TryGetValue(chars[..length], out var position) ? position : -1;
    }

    /// <summary>The position of the id spelled by these UTF-8 bytes, adding it (one new string) when absent.</summary>
    public int FindOrAdd(ReadOnlySpan<byte> utf8)
    {
        var position = Find(utf8);
        return position >= 0 ? position : Add(Encoding.UTF8.GetString(utf8));
    }

    /// <summary>All ids as one JSON array (for <c>json_each</c>), built once per change.</summary>
    public string Json() => json ??= Reading.Json.Array(ids);

    /// <summary>Ids from <paramref name="start"/> on, as one JSON array.</summary>
    public string Json(int start) => start == 0 ? Json() : Reading.Json.Array(ids.Skip(start));
}
