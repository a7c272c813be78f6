using Graph.Core.Model;
using Graph.Core.Names;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Reading;

/// <summary>Entities with their aliases (each alias once by name key, its smallest spelling, the canonical name left out).</summary>
internal sealed class EntityReader(SqlSession db)
{
    private readonly EntityRows rows = new(db);

    public Dictionary<string, Entity> ByIds(IEnumerable<string> ids)
    {
        // One pass over the ids as JSON, walked first (CROSS JOIN), so each id is one index seek whatever the planner's
        // statistics say.
        var result = new Dictionary<string, Entity>(StringComparer.Ordinal);
        rows.Each(
            $"SELECT e.n, {EntityRows.Columns} FROM json_each($p0) j CROSS JOIN entity e ON e.id = j.value",
            (_, entity) => result[entity.Id] = entity,
            Json.Array(ids.Distinct(StringComparer.Ordinal)));
        return result;
    }

    public Entity? ById(string id) => ByIds([id]).GetValueOrDefault(id);

    /// <summary>The entity's number (<c>entity.n</c>), or null when no entity has the id.</summary>
    public long? NumberOf(string id) => db.Rows("SELECT n FROM entity WHERE id = $p0", r => r.Int64(0), id) is [var n] ? n : null;

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
            UNION SELECT e.id FROM entity_alias a JOIN entity e ON e.n = a.entity_n WHERE a.alias_key = $p0
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
