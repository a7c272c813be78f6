using System.Text;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Writing;

/// <summary>
/// Keeps <c>entity.other_names</c> (migration 0008: every spelling in <c>entity_alias</c> but the one under the entity's
/// own name key, as a JSON array) in step when names are added. Names changed or removed are kept by the schema's triggers;
/// added ones by the writer (migration 0011), which knows a new entity's names before its row is written.
/// </summary>
internal static class OtherNames
{
    /// <summary>The column's value for a new entity with these names (key → spelling): NULL when it has none but its own.</summary>
    public static string? Of(string nameKey, IEnumerable<KeyValuePair<string, string>> names)
    {
        StringBuilder? json = null;
        foreach (var (key, name) in names)
        {
            if (key != nameKey)
            {
                JsonText.AppendString(json is null ? json = new StringBuilder("[") : json.Append(','), name);
            }
        }

        return json?.Append(']').ToString();
    }

    /// <summary>An entity already stored gained a name (just inserted into <c>entity_alias</c>): its row lists it too.</summary>
    public static void Added(SqlSession db, long n, string key, string name) =>
        db.Execute(
            "UPDATE entity SET other_names = json_insert(coalesce(other_names, '[]'), '$[#]', $p2) WHERE n = $p0 AND name_key IS NOT $p1",
            n, key, name);

    /// <summary>The entity's names were rewritten wholesale: its row's list is recomputed from them.</summary>
    public static void Recompute(SqlSession db, long n) =>
        db.Execute("UPDATE entity SET other_names = (SELECT v.other_names FROM entity_other_names v WHERE v.n = entity.n) WHERE n = $p0", n);
}
