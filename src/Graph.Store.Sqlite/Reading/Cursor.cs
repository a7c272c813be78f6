using System.Text;

namespace Graph.Store.Sqlite.Reading;

/// <summary>Opaque page cursors: the sort key of the last item, base64 of its parts.</summary>
internal static class Cursor
{
    private const char Separator = '\u001f';

    public static string Encode(params string[] parts) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join(Separator, parts)));

    /// <summary>The parts of a cursor; an error naming the cursor when it is not one of ours.</summary>
    public static string[]? Decode(string? cursor, int parts)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split(Separator);
            if (decoded.Length == parts)
            {
                return decoded;
            }
        }
        catch (FormatException)
        {
        }

        throw new ArgumentException($"'{cursor}' is not a cursor this store gave out", nameof(cursor));
    }
}
