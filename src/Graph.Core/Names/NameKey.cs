using System.Buffers;
using System.Globalization;
using System.Text;

namespace Graph.Core.Names;

/// <summary>
/// The form under which two names count as the same name: case, punctuation, diacritics,
/// a possessive "'s" and a leading "the" ignored. It follows the scorer's rule in
/// extraction/GUIDELINES.md, so the store and the evaluation agree on what "the same name" means.
/// </summary>
/// <remarks>
/// One pass over one buffer, one string made: every write computes the keys of every name it carries (validation,
/// resolution, ids), and the three builders and strings an earlier version made per call were a third of what the
/// store's writes allocated.
/// </remarks>
public static class NameKey
{
    private const int StackLimit = 256;

    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        // Compatibility decomposition splits letters from their marks ("ğ" → "g" + breve) and folds ligatures and
        // full-width forms; an ASCII name comes back as it is, without a copy.
        var decomposed = name.Normalize(NormalizationForm.FormKD);
        char[]? rented = null;
        var letters = decomposed.Length <= StackLimit ? stackalloc char[decomposed.Length] : (rented = ArrayPool<char>.Shared.Rent(decomposed.Length));
        try
        {
            // Marks dropped, lower case, the typographic apostrophe as the plain one.
            var count = 0;
            foreach (var c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    letters[count++] = char.ToLowerInvariant(c == '\u2019' ? '\'' : c);
                }
            }

            return Words(letters[..count]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// The words of lower-cased text joined by one space, written over the text itself (the output never runs ahead of
    /// the input): a possessive "'s" at the end of a word is dropped ("russia's" → "russia"), and so is a leading "the".
    /// </summary>
    private static string Words(Span<char> text)
    {
        var length = 0;
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'' && i + 1 < text.Length && text[i + 1] == 's' && (i + 2 == text.Length || !IsWordChar(text[i + 2])))
            {
                i++;
                continue;
            }

            if (IsWordChar(c))
            {
                if (pendingSpace && length > 0)
                {
                    text[length++] = ' ';
                }

                pendingSpace = false;
                text[length++] = c;
            }
            else
            {
                pendingSpace = true;
            }
        }

        var key = text[..length];
        return new string(key.StartsWith("the ") ? key[4..] : key);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
