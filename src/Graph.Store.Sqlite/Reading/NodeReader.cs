using Graph.Core.Model;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Reading;

/// <summary>
/// The entities a walk met, read by number: whole, with their aliases (as <see cref="EntityReader"/> gives them: each
/// alias once by name key, its smallest spelling, the canonical name left out), or just their ids.
/// </summary>
/// <remarks>
/// One pass on SQLite's own handle over the numbers as JSON: each is one rowid seek on <c>entity</c> (and one integer
/// seek on <c>entity_alias</c>). Rows come back by the number's place in the list (<c>j.key</c>), and type names come
/// from a pool per connection, leaving the id and the display name the only strings made per entity.
/// </remarks>
internal sealed class NodeReader(SqlSession db)
{
    private readonly StringPool typeNames = new();

    /// <summary>Every entity of <paramref name="nodes"/>, by position (null for a number no entity has); their ids are set in the set too.</summary>
    public Entity?[] Read(NodeSet nodes)
    {
        var result = new Entity?[nodes.Count];
        var at = -1;
        string? id = null;
        string? type = null;
        string? name = null;
        var mentions = 0;
        List<string>? aliases = null;
        db.Each(
            """
            SELECT j.key, e.id, e.type, e.name, e.mention_count, a.alias
            FROM json_each($p0) j CROSS JOIN entity e ON e.n = j.value
            LEFT JOIN entity_alias a ON a.entity_n = e.n AND a.alias_key <> e.name_key
            """,
            row =>
            {
                var position = (int)row.Int64(0);
                if (position != at)
                {
                    Add();
                    at = position;
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
            nodes.Json());

        Add();
        return result;

        void Add()
        {
            if (at >= 0)
            {
                aliases?.Sort(StringComparer.Ordinal);
                nodes.SetId(at, id!);
                result[at] = new Entity(id!, type!, name!, aliases ?? []) { MentionCount = mentions };
            }
        }
    }

    /// <summary>Reads the ids of the nodes at these positions that have none yet.</summary>
    public void LoadIds(NodeSet nodes, IEnumerable<int> positions)
    {
        var missing = positions.Where(p => !nodes.HasId(p)).ToList();
        if (missing.Count > 0)
        {
            db.Each(
                "SELECT j.key, e.id FROM json_each($p0) j CROSS JOIN entity e ON e.n = j.value",
                row => nodes.SetId(missing[(int)row.Int64(0)], row.Text(1)),
                nodes.Json(missing));
        }
    }
}
