using System.Globalization;
using System.Text;

namespace Graph.Extraction.Evaluation;

/// <summary>
/// The scorer's name normalisation, character for character as <c>norm()</c> in extraction/score.py: NFKD,
/// combining marks dropped, lower case, ’ as ', "'s" at a word end dropped, every character that is neither a
/// word character nor whitespace made a space, whitespace runs collapsed, one leading "the " dropped.
/// Works on code points (Runes) because Python strings do.
/// </summary>
public static class ScoreNames
{
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var lowered = new StringBuilder(name.Length);
        foreach (var rune in name.Normalize(NormalizationForm.FormKD).EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = Rune.ToLowerInvariant(rune);
            lowered.Append(lower.Value == '\u2019' ? "'" : lower.ToString());
        }

        var runes = lowered.ToString().EnumerateRunes().ToList();
        var result = new StringBuilder(runes.Count);
        var pendingSpace = false;
        for (var i = 0; i < runes.Count; i++)
        {
            var rune = runes[i];
            // re.sub(r"'s\b", "", s): an apostrophe-s not followed by a word character.
            if (rune.Value == '\'' && i + 1 < runes.Count && runes[i + 1].Value == 's' && (i + 2 == runes.Count || !IsWord(runes[i + 2])))
            {
                i++;
                continue;
            }

            if (IsWord(rune))
            {
                if (pendingSpace && result.Length > 0)
                {
                    result.Append(' ');
                }

                pendingSpace = false;
                result.Append(rune.ToString());
            }
            else
            {
                // Both [^\w\s] (made a space) and \s+ (collapsed) end up as one separating space; strip() drops the ends.
                pendingSpace = true;
            }
        }

        var key = result.ToString();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    /// <summary>Python's <c>\w</c> for str patterns: alphanumeric (letters and every kind of number) or underscore.</summary>
    internal static bool IsWord(Rune rune)
    {
        if (rune.Value == '_')
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }
}
