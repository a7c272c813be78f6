using System.Globalization;
using System.Text;

namespace Graph.Core.Names;

/// <summary>
/// The form under which two names count as the same name: case, punctuation, diacritics,
/// a possessive "'s" and a leading "the" ignored. It follows the scorer's rule in
/// extraction/GUIDELINES.md, so the store and the evaluation agree on what "the same name" means.
/// </summary>
public static class NameKey
{
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c == '\u2019' ? '\'' : c));
            }
        }

        var lowered = RemovePossessives(builder.ToString());
        var words = new StringBuilder(lowered.Length);
        var pendingSpace = false;
        foreach (var c in lowered)
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                if (pendingSpace && words.Length > 0)
                {
                    words.Append(' ');
                }

                pendingSpace = false;
                words.Append(c);
            }
            else
            {
                pendingSpace = true;
            }
        }

        var key = words.ToString();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    /// <summary>Drops "'s" at the end of a word, as in "Russia's" → "Russia".</summary>
    private static string RemovePossessives(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var atPossessive = text[i] == '\'' && i + 1 < text.Length && text[i + 1] == 's'
                && (i + 2 == text.Length || !IsWordChar(text[i + 2]));
            if (atPossessive)
            {
                i++;
                continue;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
