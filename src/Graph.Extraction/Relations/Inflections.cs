namespace Graph.Extraction.Relations;

/// <summary>
/// Candidate base forms of an inflected English word ("criticized" → "criticize", "met" → "meet"), used only
/// where the lemmatizer left a word as it stands, so a signal verb or noun is still recognised.
/// English morphology, not relation knowledge: the irregular table is the common irregular verbs.
/// </summary>
internal static class Inflections
{
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["met"] = "meet", ["held"] = "hold", ["sought"] = "seek", ["struck"] = "strike", ["fought"] = "fight",
        ["took"] = "take", ["taken"] = "take", ["bought"] = "buy", ["gave"] = "give", ["given"] = "give",
        ["made"] = "make", ["said"] = "say", ["told"] = "tell", ["led"] = "lead", ["won"] = "win", ["sent"] = "send",
        ["paid"] = "pay", ["brought"] = "bring", ["began"] = "begin", ["begun"] = "begin", ["became"] = "become",
        ["came"] = "come", ["went"] = "go", ["gone"] = "go", ["got"] = "get", ["gotten"] = "get", ["saw"] = "see",
        ["seen"] = "see", ["spoke"] = "speak", ["spoken"] = "speak", ["wrote"] = "write", ["written"] = "write",
        ["threw"] = "throw", ["thrown"] = "throw", ["drew"] = "draw", ["drawn"] = "draw", ["left"] = "leave",
        ["kept"] = "keep", ["felt"] = "feel", ["thought"] = "think", ["found"] = "find", ["stood"] = "stand",
        ["withdrew"] = "withdraw", ["withdrawn"] = "withdraw", ["undertook"] = "undertake", ["overtook"] = "overtake",
        ["shot"] = "shoot", ["hit"] = "hit", ["beat"] = "beat", ["beaten"] = "beat", ["ran"] = "run", ["sold"] = "sell",
        ["built"] = "build", ["dealt"] = "deal", ["meant"] = "mean", ["sat"] = "sit", ["lost"] = "lose", ["chose"] = "choose",
        ["chosen"] = "choose", ["forbade"] = "forbid", ["forbidden"] = "forbid", ["arose"] = "arise", ["rose"] = "rise",
    };

    /// <summary>The word itself first, then plausible base forms, lower-cased.</summary>
    public static IEnumerable<string> BaseForms(string word)
    {
        var w = word.ToLowerInvariant();
        yield return w;
        if (Irregular.TryGetValue(w, out var irregular))
        {
            yield return irregular;
        }

        foreach (var (suffix, replacements) in Suffixes)
        {
            if (w.Length > suffix.Length + 2 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = w[..^suffix.Length];
                foreach (var r in replacements)
                {
                    yield return stem + r;
                }

                // "blocked" → "block"; "planned" → "plan": a doubled final consonant.
                if (suffix is "ed" or "ing" && stem.Length > 2 && stem[^1] == stem[^2])
                {
                    yield return stem[..^1];
                }
            }
        }
    }

    private static readonly (string Suffix, string[] Replacements)[] Suffixes =
    [
        ("ies", ["y"]),
        ("ied", ["y"]),
        ("ed", ["", "e"]),
        ("ing", ["", "e"]),
        ("es", ["", "e"]),
        ("s", [""]),
    ];
}
