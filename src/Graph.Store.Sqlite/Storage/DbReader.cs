using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Storage;

/// <summary>Null-aware column reads.</summary>
internal static class DbReader
{
    public static string? NullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? NullableInt64(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
}
