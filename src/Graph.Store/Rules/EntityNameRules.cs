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
}
