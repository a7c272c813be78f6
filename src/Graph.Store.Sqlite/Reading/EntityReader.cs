using Graph.Core.Model;
using Graph.Core.Names;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Reading;

/// <summary>Entities with their aliases (each alias once by name key, its smallest spelling, the canonical name left out).</summary>
internal sealed class EntityReader(SqlSession db)
{
    public Dictionary<string, Entity> ByIds(IEnumerable<string> ids)
    {
        // Read on SQLite's own handle: a neighborhood asks for a thousand entities at once. The JSON list is walked
        // first (CROSS JOIN), so each id is one index seek whatever the planner's statistics say.
        var json = Json.Array(ids.Distinct(StringComparer.Ordinal));
        var rows = db.Rows(
            "SELECT e.id, e.type, e.name, e.name_key, e.mention_count FROM json_each($p0) j CROSS JOIN entity e ON e.id = j.value",
            r => (Id: r.Text(0), Type: r.Text(1), Name: r.Text(2), Key: r.Text(3), Mentions: (int)r.Int64(4)),
            json);
        var aliases = db.Rows(
            "SELECT a.entity_id, a.alias_key, a.alias FROM json_each($p0) j CROSS JOIN entity_alias a ON a.entity_id = j.value",
            r => (Id: r.Text(0), Key: r.Text(1), Text: r.Text(2)),
            json).ToLookup(a => a.Id, StringComparer.Ordinal);
        var result = new Dictionary<string, Entity>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var names = aliases[row.Id].Where(a => a.Key != row.Key).Select(a => a.Text).Order(StringComparer.Ordinal).ToList();
            result[row.Id] = new Entity(row.Id, row.Type, row.Name, names) { MentionCount = row.Mentions };
        }

        return result;
    }

    public Entity? ById(string id) => ByIds([id]).GetValueOrDefault(id);

    /// <summary>In the order of <paramref name="ids"/>, skipping unknown ones.</summary>
    public List<Entity> InOrder(IReadOnlyList<string> ids)
    {
        var found = ByIds(ids);
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    /// <summary>Entities whose name or an alias has the key of <paramref name="nameOrAlias"/>, and the kept side of merges of that name.</summary>
    public List<Entity> ByName(string nameOrAlias)
    {
        var key = NameKey.Of(nameOrAlias);
        if (key.Length == 0)
        {
            return [];
        }

        var ids = db.Strings(
            """
            SELECT id FROM entity WHERE name_key = $p0
            UNION SELECT entity_id FROM entity_alias WHERE alias_key = $p0
            UNION SELECT m.kept_id FROM entity_merge m JOIN entity e ON e.id = m.kept_id WHERE m.name_key = $p0
            ORDER BY 1
            """,
            key);
        return InOrder(ids);
    }

    public List<Entity> All()
    {
        var ids = db.Strings("SELECT id FROM entity");
        var found = ByIds(ids);
        return [.. found.Values.OrderBy(e => e.Id, StringComparer.Ordinal)];
    }
}
