namespace Graph.Extraction.Text;

/// <summary>
/// Which words ending in a full stop keep it (the stop is part of the word, not the end of a
/// sentence), and which of them never end a sentence because a name always follows.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Titles and name parts: a capitalised word after them is a name, never a new sentence.</summary>
    private static readonly HashSet<string> TitlesSet = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt",
        "Cmdr", "Adm", "Maj", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Cpl", "Pte", "Fr", "St", "Mt", "Ft",
        "Sr", "Jr", "Mme", "Mlle", "Amb", "Atty", "Brig", "Cdr", "Lieut", "Gens", "Reps", "Sens", "Drs",
    };

    /// <summary>Other abbreviations that keep their stop but may end a sentence.</summary>
    private static readonly HashSet<string> OthersSet = new(StringComparer.Ordinal)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
        "Inc", "Ltd", "Corp", "Co", "Bros", "Plc", "Assn", "Dept", "Univ", "Ave", "Blvd", "Rd", "Hwy",
        "etc", "vs", "viz", "approx", "est", "cf", "al", "ca", "Nos", "Vol", "vol", "pp", "Ph", "Esq", "ft",
        "Ariz", "Calif", "Colo", "Conn", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich",
        "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash",
        "Wis", "Wyo", "Ala", "Ark", "Del", "Dak",
    };

    /// <summary>Abbreviations that are also ordinary words: they keep the stop only before a number ("No. 10").</summary>
    private static readonly HashSet<string> BeforeNumberSet = new(StringComparer.Ordinal) { "No", "no", "Art", "Fig", "fig", "Op", "p" };

    /// <summary>Whether <paramref name="word"/> (which ends in '.') keeps its stop; <paramref name="nextIsDigit"/> is whether a number follows.</summary>
    public static bool KeepsStop(ReadOnlySpan<char> word, bool nextIsDigit)
    {
        if (word.Length < 2 || word[^1] != '.')
        {
            return false;
        }

        if (IsInitialsPattern(word))
        {
            return true;
        }

        var stem = word[..^1].ToString();
        return TitlesSet.Contains(stem) || OthersSet.Contains(stem) || (nextIsDigit && BeforeNumberSet.Contains(stem));
    }

    /// <summary>A title such as "Mr." or an initial such as "J.": a name follows, so the sentence goes on.</summary>
    public static bool IsTitleOrInitial(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word[^1] != '.')
        {
            return false;
        }

        if (word.Length == 2 && char.IsUpper(word[0]))
        {
            return true;
        }

        return TitlesSet.Contains(word[..^1].ToString());
    }

    /// <summary>Letters each followed by a stop: "U.S.", "J.", "a.m.", "e.g.", "U.K.".</summary>
    public static bool IsInitialsPattern(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length % 2 != 0)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i += 2)
        {
            if (!char.IsLetter(word[i]) || word[i + 1] != '.')
            {
                return false;
            }
        }

        // A single lower-case letter with a stop ("a.") is a word at a sentence end, not an abbreviation.
        return word.Length > 2 || char.IsUpper(word[0]);
    }
}
