namespace Graph.Extraction.Tagging;

/// <summary>
/// How a word form becomes its lemma: optionally lower-case it, then cut <see cref="Strip"/>
/// characters off the end and add <see cref="Append"/> ("criticized" → lower, strip 1 → "criticize";
/// "sought" → strip 5, add "eek" → "seek"). Learnt from EWT's lemma column.
/// </summary>
internal readonly record struct LemmaRule(bool Lower, int Strip, string Append)
{
    /// <summary>The rule that turns <paramref name="form"/> into <paramref name="lemma"/>.</summary>
    public static LemmaRule Between(string form, string lemma)
    {
        // Lower-case the form first whenever the lemma is lower case ("The" → "the", "Sought" → "seek").
        var lower = !HasUpper(lemma);
        var source = lower ? form.ToLowerInvariant() : form;
        var common = 0;
        while (common < source.Length && common < lemma.Length && source[common] == lemma[common])
        {
            common++;
        }

        return new LemmaRule(lower, source.Length - common, lemma[common..]);
    }

    public bool AppliesTo(string form) => Strip < form.Length || (Strip == form.Length && Append.Length > 0);

    public string Apply(string form)
    {
        var source = Lower ? form.ToLowerInvariant() : form;
        if (Strip == 0 && Append.Length == 0)
        {
            return source;
        }

        return string.Concat(source.AsSpan(0, source.Length - Strip), Append);
    }

    private static bool HasUpper(string s)
    {
        foreach (var c in s)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
