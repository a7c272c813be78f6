using Graph.Core.Names;
using Graph.Store;

namespace Graph.Interchange.Reading;

/// <summary>A hand merge to make again in the target: <paramref name="Merged"/> goes into <paramref name="Kept"/>.</summary>
public sealed record ReplayedMerge(string Kept, string Merged);

/// <summary>A hand-given alias to give again in the target.</summary>
public sealed record ReplayedAlias(string EntityId, string Alias);

/// <summary>What a copy must do after its articles are in, to carry the source's manual curation over.</summary>
/// <param name="Uncarried">Source entities with hand-given names that no copied article mentions: the port cannot make
/// an entity without an article, so these stay behind (the caller says so).</param>
public sealed record CurationPlan(IReadOnlyList<ReplayedMerge> Merges, IReadOnlyList<ReplayedAlias> Aliases, IReadOnlyList<string> Uncarried)
{
    public bool IsEmpty => Merges.Count == 0 && Aliases.Count == 0;
}

/// <summary>
/// Carries manual curation (merges, hand-given aliases) from a source graph to a store its articles were replayed into.
/// Neither lives in an article, and no export format records it as such, but the source snapshot shows both: a merge
/// is an entity whose mentions, put again without the merge, land on more than one entity of the target; a hand-given
/// alias is a name of an entity that none of its mentions gives. So the plan compares, mention by mention (article and
/// name), where the source put each name and where the target did, and merges and aliases until they agree. Running it
/// again finds nothing to do.
/// </summary>
public static class CurationReplay
{
    /// <param name="source">The graph that was copied (an export read back, or the embedded store's snapshot).</param>
    /// <param name="target">The target's graph after the articles were put.</param>
    public static CurationPlan Plan(GraphSnapshot source, GraphSnapshot target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var landedOn = new Dictionary<(string Article, string Key), string>();
        foreach (var mention in target.Mentions)
        {
            landedOn[(mention.ArticleId, NameKey.Of(mention.Name))] = mention.EntityId;
        }

        var targetNames = target.Entities.ToDictionary(e => e.Id, NameKeys, StringComparer.Ordinal);
        var mentionsOf = source.Mentions.ToLookup(m => m.EntityId, StringComparer.Ordinal);
        var merges = new List<ReplayedMerge>();
        var aliases = new List<ReplayedAlias>();
        var uncarried = new List<string>();
        foreach (var entity in source.Entities)
        {
            var mentions = mentionsOf[entity.Id].ToList();
            var landed = mentions
                .Select(m => landedOn.GetValueOrDefault((m.ArticleId, NameKey.Of(m.Name))))
                .OfType<string>()
                .GroupBy(id => id, StringComparer.Ordinal)
                .OrderByDescending(g => g.Key == entity.Id).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key)
                .ToList();
            var given = mentions.SelectMany(m => m.Aliases.Prepend(m.Name)).Append(entity.Name).Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);
            var handGiven = entity.Aliases.Where(a => !given.Contains(NameKey.Of(a))).ToList();
            if (landed.Count == 0)
            {
                if (handGiven.Count > 0) uncarried.Add(entity.Id);
                continue;
            }

            var kept = landed[0];
            var names = targetNames.GetValueOrDefault(kept) ?? [];
            foreach (var merged in landed.Skip(1))
            {
                merges.Add(new ReplayedMerge(kept, merged));
                names.UnionWith(targetNames.GetValueOrDefault(merged) ?? []);
            }

            aliases.AddRange(handGiven.Where(a => names.Add(NameKey.Of(a))).Select(a => new ReplayedAlias(kept, a)));
        }

        return new CurationPlan(merges, aliases, uncarried);
    }

    /// <summary>Makes the plan's merges, then gives its aliases, each through the store's own curation methods.</summary>
    public static async Task ApplyAsync(IGraphStore store, CurationPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var merge in plan.Merges)
        {
            await store.MergeEntitiesAsync(merge.Kept, merge.Merged, cancellationToken).ConfigureAwait(false);
        }

        foreach (var alias in plan.Aliases)
        {
            await store.AddAliasAsync(alias.EntityId, alias.Alias, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads the target, plans against <paramref name="source"/> and applies: what a copy runs once its articles are in.</summary>
    public static async Task<CurationPlan> CarryOverAsync(IGraphStore target, GraphSnapshot source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var plan = Plan(source, await target.ReadAllAsync(cancellationToken).ConfigureAwait(false));
        await ApplyAsync(target, plan, cancellationToken).ConfigureAwait(false);
        return plan;
    }

    private static HashSet<string> NameKeys(Core.Model.Entity entity) =>
        entity.Aliases.Append(entity.Name).Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);
}
