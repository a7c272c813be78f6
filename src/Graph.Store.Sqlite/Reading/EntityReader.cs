using Graph.Core.Model;
using Graph.Core.Names;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Reading;

/// <summary>Entities with their aliases (each alias once by name key, its smallest spelling, the canonical name left out).</summary>
internal sealed class EntityReader(SqlSession db)
{
    private const string Columns = "e.n, e.id, e.type, e.name, e.name_key, e.mention_count, a.alias_key, a.alias";

    // An entity and its names in one statement: one row per name (or one with null names), an entity's rows together.
    private const string One = $"SELECT {Columns} FROM entity e LEFT JOIN entity_alias a ON a.entity_id = e.id WHERE e.id = $p0";

    // Many ids as one JSON list, walked first (CROSS JOIN), so each id is one index seek whatever the planner's statistics say.
    private const string Many = $"SELECT {Columns} FROM json_each($p0) j CROSS JOIN entity e ON e.id = j.value LEFT JOIN entity_alias a ON a.entity_id = e.id";

    public Dictionary<string, Entity> ByIds(IEnumerable<string> ids)
    {
        // Read on SQLite's own handle: a neighborhood asks for a thousand entities at once, a point look-up for one.
        var distinct = ids as IReadOnlyCollection<string> is { Count: 1 } single ? single : ids.Distinct(StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, Entity>(distinct.Count, StringComparer.Ordinal);
        if (distinct.Count == 0)
        {
            return result;
        }

        long current = -1;
        string id = "", type = "", name = "", key = "";
        var mentions = 0;
        List<string> names = [];
        void Finish()
        {
            names.Sort(StringComparer.Ordinal);
            result[id] = new Entity(id, type, name, names) { MentionCount = mentions };
        }

        void Row(RawStatement r)
        {
            if (r.Int64(0) != current)
            {
                if (current != -1)
                {
                    Finish();
                }

                current = r.Int64(0);
                (id, type, name, key, mentions) = (r.Text(1), r.Text(2), r.Text(3), r.Text(4), (int)r.Int64(5));
                names = [];
            }

            // The canonical name is not an alias of itself.
            if (!r.IsNull(6) && r.Text(6) != key)
            {
                names.Add(r.Text(7));
            }
        }

        if (distinct.Count == 1)
        {
            db.Each(One, Row, distinct.First());
        }
        else
        {
            db.Each(Many, Row, Json.Array(distinct));
        }

        if (current != -1)
        {
            Finish();
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
