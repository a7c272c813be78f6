using Graph.Core.Model;
using Graph.Core.Names;
using Graph.Store.Rules;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Writing;

/// <summary>
/// Finds the graph entity an article's entity is, or decides it is new. Tiers, first decisive one wins:
/// <list type="number">
/// <item>a recorded manual merge of that name (and type) → the kept entity;</item>
/// <item>an entity of the type whose canonical name has the same <see cref="NameKey"/>;</item>
/// <item>an entity of the type with that name as an alias;</item>
/// <item>an entity of the type whose canonical name is an acronym this article gives for the name ("IMF" seen first,
/// then "International Monetary Fund (IMF)"): the other order joins by alias, so arrival order does not split them;</item>
/// <item>PERSON only, a one-word name: the one multi-word PERSON whose last word it is ("Putin" → "Vladimir Putin");</item>
/// <item>PERSON only, a multi-word name: the one-word PERSON that is its last word ("Putin" seen first), when no other
/// multi-word PERSON has that last word.</item>
/// </list>
/// A tier with exactly one candidate joins it; with several it is ambiguous and the entity is new (two people who
/// share a surname are never merged silently); with none the next tier is tried. Only the article's canonical name
/// is matched, never its aliases (titles like "the Russian President" name different people over time), so a full
/// name never joins a different full name; the one exception is an alias that spells the name's own initials. Entities already claimed by another entity of the same article are not
/// candidates: the article says they are different things.
/// </summary>
/// <remarks>Lookups go through the transaction's <see cref="EntityLookup"/>; only the (rare) merge redirects are asked directly.</remarks>
internal sealed class EntityResolver(SqlSession db, EntityLookup lookup)
{
    private bool mergesRecorded = true;

    /// <summary>Called at the start of each write transaction: most graphs have no merges, and then tier 0 costs nothing.</summary>
    public void BeginWrite() => mergesRecorded = db.Scalar<long>("SELECT EXISTS (SELECT 1 FROM entity_merge)") != 0;

    public string? Resolve(ArticleEntity local, IReadOnlySet<string> claimed)
    {
        var key = lookup.Key(local.Name);
        var type = local.Type;

        var merged = !mergesRecorded ? null : db.Scalar<string>(
            "SELECT m.kept_id FROM entity_merge m JOIN entity e ON e.id = m.kept_id WHERE m.type = $p0 AND m.name_key = $p1 ORDER BY m.merged_ticks DESC, m.merged_id LIMIT 1",
            type, key);
        if (merged is not null && !claimed.Contains(merged))
        {
            return merged;
        }

        var tiers = new List<Func<IEnumerable<string>>>(4)
        {
            () => lookup.IdsByName(type, key),
            () => lookup.IdsByAlias(type, key),
            () => EntityNameRules.AcronymKeys(key, local.Aliases).SelectMany(acronym => lookup.IdsByName(type, acronym)).Distinct(StringComparer.Ordinal),
        };
        if (type == EntityNameRules.Person && EntityNameRules.IsOneWord(key))
        {
            tiers.Add(() => lookup.PersonsByLastToken(key));
        }
        else if (type == EntityNameRules.Person)
        {
            tiers.Add(() => SurnameSeenFirst(EntityNameRules.LastWord(key)));
        }

        foreach (var tier in tiers)
        {
            string? only = null;
            var count = 0;
            foreach (var id in tier())
            {
                if (!claimed.Contains(id))
                {
                    only = id;
                    count++;
                }
            }

            if (count == 1)
            {
                return only;
            }

            if (count > 1)
            {
                return null;
            }
        }

        return null;
    }

    // A one-word entity is never some full name's already: that full name would have renamed it.
    private IEnumerable<string> SurnameSeenFirst(string surname) =>
        lookup.IsLastTokenUsed(surname) ? [] : lookup.IdsByName(EntityNameRules.Person, surname);
}
