using System.Globalization;
using Graph.Store.Rules;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Writing;

/// <summary>
/// Readable, deterministic entity ids: <c>person:vladimir-putin</c> (type, then the name key with dashes),
/// with <c>-2</c>, <c>-3</c>, … when taken — by a live entity or by one merged away (so an old id never
/// comes back meaning something else). The same writes in the same order give the same ids.
/// </summary>
internal static class EntityIds
{
    /// <summary>The first free id for the name; <paramref name="self"/> (an entity being renamed) does not count as taken.</summary>
    public static string Free(SqlSession db, string type, string name, string? self = null) =>
        Free(id => IsTaken(db, id), type, name, self);

    /// <summary>The first free id for the name, asking <paramref name="isTaken"/> (e.g. a memo of the transaction).</summary>
    public static string Free(Func<string, bool> isTaken, string type, string name, string? self = null)
    {
        var stem = EntityNameRules.IdStem(type, name);
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? stem : stem + "-" + n.ToString(CultureInfo.InvariantCulture);
            if (candidate == self || !isTaken(candidate))
            {
                return candidate;
            }
        }
    }

    private static bool IsTaken(SqlSession db, string id) =>
        db.Scalar<long>("SELECT EXISTS (SELECT 1 FROM entity WHERE id = $p0) OR EXISTS (SELECT 1 FROM entity_merge WHERE merged_id = $p0)", id) != 0;
}
