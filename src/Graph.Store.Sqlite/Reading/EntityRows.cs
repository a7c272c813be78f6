using Graph.Core.Model;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Reading;

/// <summary>
/// Entities read with their aliases in one pass on SQLite's own handle: each entity's row followed by its names (the
/// canonical one left out in SQL), so most entities are one row and one with many aliases comes as many rows, its id,
/// type and name read only from the first. Type names come from a pool per connection.
/// </summary>
internal sealed class EntityRows(SqlSession db)
{
    /// <summary>The columns the SQL given to <see cref="Each"/> selects after its key, and the joins that give them, for an entity <c>e</c>.</summary>
    public const string Columns = "e.id, e.type, e.name, e.mention_count, a.alias";

    /// <summary>The names of entity <c>e</c> but its canonical one.</summary>
    public const string AliasJoin = "LEFT JOIN entity_alias a ON a.entity_n = e.n AND a.alias_key <> e.name_key";

    private readonly StringPool typeNames = new();

    /// <summary>
    /// Runs <paramref name="sql"/>, which selects a key (column 0: one value per entity, its rows together) and then
    /// <see cref="Columns"/>, and hands each entity to <paramref name="onEntity"/> with its key; aliases are in ordinal order.
    /// </summary>
    public void Each(string sql, Action<long, Entity> onEntity, params object?[] args)
    {
        var key = long.MinValue;
        var started = false;
        string? id = null;
        string? type = null;
        string? name = null;
        var mentions = 0;
        List<string>? aliases = null;
        db.Each(
            sql,
            row =>
            {
                var rowKey = row.Int64(0);
                if (!started || rowKey != key)
                {
                    Finish();
                    (started, key) = (true, rowKey);
                    id = row.Text(1);
                    type = typeNames.Of(row.Utf8(2));
                    name = row.Text(3);
                    mentions = (int)row.Int64(4);
                    aliases = null;
                }

                if (!row.IsNull(5))
                {
                    (aliases ??= []).Add(row.Text(5));
                }
            },
            args);
        Finish();

        void Finish()
        {
            if (started)
            {
                aliases?.Sort(StringComparer.Ordinal);
                onEntity(key, new Entity(id!, type!, name!, aliases ?? []) { MentionCount = mentions });
            }
        }
    }
}
