using System.Text;

namespace Graph.Store.Sqlite.Reading;

/// <summary>
/// One string per distinct value of a small vocabulary (entity types, relation types), found by the UTF-8 bytes SQLite
/// hands out: a walk reads the same few type names thousands of times, and a hit makes no new string.
/// </summary>
internal sealed class StringPool
{
    /// <summary>Values up to this many bytes are decoded on the stack; longer ones (rare) on the heap.</summary>
    private const int StackBytes = 256;

    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> byChars;

    public StringPool() => byChars = values.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled string spelled by these UTF-8 bytes, added on first sight.</summary>
    public string Of(ReadOnlySpan<byte> utf8)
    {
        var chars = utf8.Length <= StackBytes ? stackalloc char[utf8.Length] : new char[utf8.Length];
        var length = Encoding.UTF8.GetChars(utf8, chars);
        if (byChars.TryGetValue(chars[..length], out var value))
        {
            return value;
        }

        value = new string(chars[..length]);
        values[value] = value;
        return value;
    }
}
