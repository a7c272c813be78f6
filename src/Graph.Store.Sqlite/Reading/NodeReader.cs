using Graph.Core.Model;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Reading;

/// <summary>
/// The entities a walk met, read by number: whole, with their aliases (as <see cref="EntityReader"/> gives them: each
/// alias once by name key, its smallest spelling, the canonical name left out), or just their ids.
/// </summary>
/// <remarks>
/// One pass on SQLite's own handle over the numbers as JSON: each is one rowid seek on <c>entity</c>, whose row holds
/// its other names. Rows come back by the number's place in the list (<c>j.key</c>), and type names come
/// from a pool per connection, leaving the id and the display name the only strings made per entity.
/// </remarks>
internal sealed class NodeReader(SqlSession db)
{
    private readonly EntityRows rows = new(db);

    /// <summary>Every entity of <paramref name="nodes"/>, by position (null for a number no entity has); their ids are set in the set too.</summary>
    public Entity?[] Read(NodeSet nodes)
    {
        var result = new Entity?[nodes.Count];
        rows.Each(
            $"SELECT j.key, {EntityRows.Columns} FROM json_each($p0) j CROSS JOIN entity e ON e.n = j.value",
            (position, entity) =>
            {
                nodes.SetId((int)position, entity.Id);
                result[position] = entity;
            },
            nodes.Json());
        return result;
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
