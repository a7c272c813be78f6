using Graph.Core.Names;

namespace Graph.Store.Rules;

/// <summary>
/// The storage-independent naming rules every store adapter applies to entities, kept in one place so that the
/// stores give the same ids and resolve the same names the same way.
/// </summary>
internal static class EntityNameRules
{
    /// <summary>The one entity type whose one-word names may join a full name by its last word ("Putin" → "Vladimir Putin").</summary>
    public const string Person = "PERSON";

    /// <summary>
    /// The readable id an entity of the name gets when it is free: <c>person:vladimir-putin</c> (type in lower case,
    /// then the name key with dashes); adapters add <c>-2</c>, <c>-3</c>, … when it is taken.
    /// </summary>
    public static string IdStem(string type, string name) => type.ToLowerInvariant() + ":" + NameKey.Of(name).Replace(' ', '-');

    /// <summary>Whether a name key is a single word.</summary>
    public static bool IsOneWord(string nameKey) => !nameKey.Contains(' ', StringComparison.Ordinal);

    /// <summary>The last word of a name key (the key itself when it is one word).</summary>
    public static string LastWord(string nameKey) => nameKey[(nameKey.LastIndexOf(' ') + 1)..];

    /// <summary>The last word of a multi-word PERSON name (for "Putin" → "Vladimir Putin"); null otherwise.</summary>
    public static string? LastToken(string type, string nameKey) =>
        type == Person && !IsOneWord(nameKey) ? LastWord(nameKey) : null;

    // Short words an acronym may leave out ("Chamber of Commerce" → CC) or keep ("Bank of England" → BoE): both
    // readings are tried, initials of every word and initials without these.
    private static readonly HashSet<string> SkippedInAcronyms = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "for", "on", "in", "at", "to", "de", "du", "des", "la", "le", "el", "der", "von", "y", "et",
    };

    /// <summary>
    /// The article's names for an entity that are an acronym of its canonical name (the article says "British Widget
    /// Council (BWC)"): their keys, as an entity named by that acronym would have it ("B.W.C." keys as "b w c").
    /// Why: resolution matches only canonical names, so an entity first seen as "BWC" would otherwise never meet the
    /// full name that an article gives it later, while the other order joins them by alias.
    /// </summary>
    public static IEnumerable<string> AcronymKeys(string canonicalKey, IReadOnlyList<string> aliases)
    {
        // Asked for every entity of every write: most have no aliases or a one-word name, and cost nothing here.
        if (aliases.Count == 0 || !canonicalKey.Contains(' ', StringComparison.Ordinal))
        {
            yield break;
        }

        var words = canonicalKey.Split(' ');

        var all = string.Concat(words.Select(w => w[0]));
        var content = string.Concat(words.Where(w => !SkippedInAcronyms.Contains(w)).Select(w => w[0]));
        foreach (var alias in aliases)
        {
            var key = NameKey.Of(alias);
            var letters = key.Split(' ');
            var squashed = letters.Length == 1 ? key : letters.All(l => l.Length == 1) ? string.Concat(letters) : null;
            if (squashed is { Length: >= 2 } && squashed.All(char.IsLetter) && (squashed == all || squashed == content))
            {
                yield return key;
            }
        }
    }
}
