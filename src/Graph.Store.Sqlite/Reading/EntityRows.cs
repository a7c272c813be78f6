using System.Text.Json;
using Graph.Core.Model;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Reading;

/// <summary>
/// Entities read whole in one pass on SQLite's own handle, one row each: the aliases come from the row's
/// <c>other_names</c> (a JSON array kept in step with <c>entity_alias</c> by the writers and the schema's triggers, the canonical name left
/// out), so reading an entity is one seek. Type names come from a pool per connection.
/// </summary>
internal sealed class EntityRows(SqlSession db)
{
    /// <summary>The columns the SQL given to <see cref="Each"/> selects after its key, for an entity <c>e</c>.</summary>
    public const string Columns = "e.id, e.type, e.name, e.mention_count, e.other_names";

    private readonly StringPool typeNames = new();

    /// <summary>
    /// Runs <paramref name="sql"/>, which selects a key (column 0) and then <see cref="Columns"/>, and hands each entity
    /// to <paramref name="onEntity"/> with its key; aliases are in ordinal order.
    /// </summary>
    public void Each(string sql, Action<long, Entity> onEntity, params object?[] args) =>
        db.Each(
            sql,
            row => onEntity(
                row.Int64(0),
                new Entity(row.Text(1), typeNames.Of(row.Utf8(2)), row.Text(3), row.IsNull(5) ? [] : Names(row.Utf8(5))) { MentionCount = (int)row.Int64(4) }),
            args);

    /// <summary>The names of a JSON array of strings, in ordinal order (SQLite's byte order differs from it for some characters).</summary>
    private static List<string> Names(ReadOnlySpan<byte> json)
    {
        var names = new List<string>();
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                names.Add(reader.GetString()!);
            }
        }

        if (names.Count > 1)
        {
            names.Sort(StringComparer.Ordinal);
        }

        return names;
    }
}
