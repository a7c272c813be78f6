using Graph.Core.Names;
using Graph.Store.Rules;

namespace Graph.Store.Neo4j.Writing;

/// <summary>One mention of an entity by an article: the name it used, that name's key and word count, the article's arrival number, and all names the article gave it.</summary>
internal sealed record Mention(string Name, string Key, long Tokens, long Seq, IReadOnlyList<string> Aliases);

/// <summary>What an entity's name and aliases are, derived from its mentions and manual aliases (the SQLite store's rules).</summary>
internal sealed record EntityNames(string Name, string NameKey, string? LastToken, IReadOnlyList<string> Aliases, IReadOnlyList<string> AliasKeys, string SearchText);

/// <summary>
/// Naming rules: an uncurated entity is named by its fullest mention (most words; ties: earliest article, then name key),
/// so its name does not depend on the order articles arrived in; its id is <c>type:name-key</c> (with <c>-2</c>, … when taken).
/// Aliases: one spelling per NameKey (the ordinal-smallest), the canonical name left out, in ordinal order.
/// </summary>
internal static class EntityNaming
{
    /// <summary>The id an entity of the name gets when free (the rule all stores share).</summary>
    public static string IdStem(string type, string name) => EntityNameRules.IdStem(type, name);

    /// <summary>The fullest mention's name; null when there is no mention.</summary>
    public static string? FullestName(IEnumerable<Mention> mentions) =>
        mentions.OrderByDescending(m => m.Tokens).ThenBy(m => m.Seq).ThenBy(m => m.Key, StringComparer.Ordinal).FirstOrDefault()?.Name;

    public static EntityNames Derive(string type, string name, IEnumerable<Mention> mentions, IEnumerable<string> manualAliases)
    {
        var nameKey = NameKey.Of(name);
        var spellings = mentions.SelectMany(m => m.Aliases.Prepend(m.Name)).Concat(manualAliases)
            .Select(n => (Key: NameKey.Of(n), Text: n.Trim()))
            .Where(n => n.Key.Length > 0)
            .GroupBy(n => n.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Text: g.Select(n => n.Text).Min(StringComparer.Ordinal)!))
            .ToList();
        var aliases = spellings.Where(s => s.Key != nameKey).Select(s => s.Text).Order(StringComparer.Ordinal).ToList();
        var keys = spellings.Select(s => s.Key).Append(nameKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var searchText = string.Join(' ', keys.Where(k => k != nameKey).Prepend(nameKey));
        return new EntityNames(name, nameKey, EntityNameRules.LastToken(type, nameKey), aliases, keys, searchText);
    }
}
