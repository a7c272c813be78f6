using Graph.Core.Model;
using Graph.Core.Names;
using Graph.Store.Rules;

namespace Graph.Store.Neo4j.Writing;

/// <summary>An entity the resolution tiers look at for one name (a row of <c>queries/resolution-candidates</c>).</summary>
internal sealed record Candidate(string Id, string NameKey, IReadOnlyList<string> AliasKeys, string? LastToken);

/// <summary>
/// The resolution rule both stores share (see the SQLite store's EntityResolver): tiers, first decisive one wins —
/// a manual merge of that name → the kept entity; same canonical NameKey; that name as an alias; an entity named by an
/// acronym the article gives for the name ("IMF" for "International Monetary Fund"); PERSON one-word name →
/// the one multi-word PERSON whose last word it is; PERSON multi-word name → the one-word PERSON that is its surname,
/// when no PERSON has that surname as last word. One candidate joins; several are ambiguous (a new entity: people who
/// share a surname are never merged silently); none tries the next tier. Only the article's canonical name is matched,
/// and an entity another entity of the same article already claimed is no candidate. Pure: the candidates are read first.
/// </summary>
internal static class EntityResolution
{
    /// <summary>The graph entity id for each of the article's entities in order, or null where a new entity is needed.</summary>
    public static IReadOnlyList<string?> Resolve(
        IReadOnlyList<ArticleEntity> entities,
        ILookup<string, Candidate> candidatesByKey,
        IReadOnlyDictionary<string, string> redirectsByKey)
    {
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string?>(entities.Count);
        foreach (var local in entities)
        {
            var id = ResolveOne(local, candidatesByKey, redirectsByKey, claimed);
            if (id is not null)
            {
                claimed.Add(id);
            }

            result.Add(id);
        }

        return result;
    }

    /// <summary>
    /// What the candidate query needs for one name: its key, type, whether it is one word, and its surname (multi-word
    /// PERSON only); then a row for each acronym of it the article gives, which asks only for entities of that name.
    /// </summary>
    public static IEnumerable<Dictionary<string, object?>> QueryRows(ArticleEntity local)
    {
        var key = NameKey.Of(local.Name);
        var oneWord = EntityNameRules.IsOneWord(key);
        var surname = local.Type == EntityNameRules.Person && !oneWord ? EntityNameRules.LastWord(key) : null;
        yield return Parameters.Of(("key", key), ("type", local.Type), ("oneWord", oneWord), ("surname", surname));
        foreach (var acronym in EntityNameRules.AcronymKeys(key, local.Aliases))
        {
            yield return Parameters.Of(("key", acronym), ("type", local.Type), ("oneWord", false), ("surname", null));
        }
    }

    private static string? ResolveOne(ArticleEntity local, ILookup<string, Candidate> candidatesByKey, IReadOnlyDictionary<string, string> redirects, HashSet<string> claimed)
    {
        var key = NameKey.Of(local.Name);
        if (redirects.TryGetValue(key, out var kept) && !claimed.Contains(kept))
        {
            return kept;
        }

        var candidates = candidatesByKey[key].ToList();
        var oneWord = EntityNameRules.IsOneWord(key);
        var tiers = new List<Func<IEnumerable<Candidate>>>
        {
            () => candidates.Where(c => c.NameKey == key),
            () => candidates.Where(c => c.AliasKeys.Contains(key)),
            () => EntityNameRules.AcronymKeys(key, local.Aliases).SelectMany(acronym => candidatesByKey[acronym].Where(c => c.NameKey == acronym)),
        };
        if (local.Type == EntityNameRules.Person && oneWord)
        {
            tiers.Add(() => candidates.Where(c => c.LastToken == key));
        }
        else if (local.Type == EntityNameRules.Person)
        {
            var surname = EntityNameRules.LastWord(key);
            tiers.Add(() => candidates.Any(c => c.LastToken == surname) ? [] : candidates.Where(c => c.NameKey == surname));
        }

        foreach (var tier in tiers)
        {
            var ids = tier().Select(c => c.Id).Distinct(StringComparer.Ordinal).Where(id => !claimed.Contains(id)).ToList();
            if (ids.Count == 1)
            {
                return ids[0];
            }

            if (ids.Count > 1)
            {
                return null;
            }
        }

        return null;
    }
}
