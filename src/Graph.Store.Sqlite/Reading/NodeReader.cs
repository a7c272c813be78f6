using Graph.Core.Model;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Reading;

/// <summary>
/// The entities of a walk, in the walk's order, with their aliases (as <see cref="EntityReader"/> gives them: each
/// alias once by name key, its smallest spelling, the canonical name left out).
/// </summary>
/// <remarks>
/// One pass on SQLite's own handle over the ids as JSON: each id is one seek on <c>entity</c>'s id index and one on
/// <c>entity_alias</c> (a covering index on entity measured no faster: SQLite's step from the id index to the row by rowid
/// is cheap). Rows come back by the id's place in the set (<c>j.key</c>), so the id strings the walk already holds are
/// reused, and type names come from a pool per connection, leaving the display name the only string made per entity.
/// </remarks>
internal sealed class NodeReader(SqlSession db)
{
    /// <summary>Entity types are a small vocabulary: one string each per connection.</summary>
    private readonly NodeSet typeNames = new();

    /// <summary>The entities of <paramref name="nodes"/> in their order, unknown ids skipped.</summary>
    public List<Entity> InOrder(NodeSet nodes)
    {
        var result = new List<Entity>(nodes.Count);
        var position = -1;
        string? type = null;
        string? name = null;
        var mentions = 0;
        List<string>? aliases = null;
        db.Each(
            """
            SELECT j.key, e.type, e.name, e.mention_count, a.alias
            FROM json_each($p0) j CROSS JOIN entity e ON e.id = j.value
            LEFT JOIN entity_alias a ON a.entity_id = e.id AND a.alias_key <> e.name_key
            """,
            row =>
            {
                var at = (int)row.Int64(0);
                if (at != position)
                {
                    Add();
                    position = at;
                    type = typeNames[typeNames.FindOrAdd(row.Utf8(1))];
                    name = row.Text(2);
                    mentions = (int)row.Int64(3);
                    aliases = null;
                }

                if (!row.IsNull(4))
                {
                    (aliases ??= []).Add(row.Text(4));
                }
            },
            nodes.Json());

        Add();
        return result;

        void Add()
        {
            if (position >= 0)
            {
                aliases?.Sort(StringComparer.Ordinal);
                result.Add(new Entity(nodes[position], type!, name!, aliases ?? []) { MentionCount = mentions });
            }
        }
    }
}
