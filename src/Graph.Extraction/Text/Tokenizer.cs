using Graph.Core.Model;

namespace Graph.Extraction.Text;

/// <summary>
/// Splits text into tokens the way the English Web Treebank (UD/PTB style) does, so the tagger and
/// parser see what they were trained on: "don't" → "do" "n't", "Russia's" → "Russia" "'s",
/// "cannot" → "can" "not", punctuation apart, while "U.S.", "Mr.", "3.5", "1,000", "10:30", URLs and
/// e-mail addresses stay whole. Unlike EWT, hyphenated words ("Russian-backed") stay one token, which
/// keeps names and modifiers intact for the later stages. Every token is a span of the text.
/// </summary>
public static class Tokenizer
{
    private static readonly string[] Clitics = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];

    /// <summary>The token spans of the whole text.</summary>
    public static IReadOnlyList<TextSpan> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    /// <summary>The token spans inside <paramref name="range"/> of the text (spans are absolute).</summary>
    public static IReadOnlyList<TextSpan> Tokenize(string text, TextSpan range)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (range.Start < 0 || range.End > text.Length || range.Length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(range), $"span {range} is outside a text of length {text.Length}");
        }

        var tokens = new List<TextSpan>(range.Length / 5 + 4);
        var i = range.Start;
        while (i < range.End)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < range.End && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            TokenizeChunk(text, start, i, tokens);
        }

        return tokens;
    }

    /// <summary>One run of non-space characters: opening punctuation, the core, closing punctuation.</summary>
    private static void TokenizeChunk(string t, int s, int e, List<TextSpan> output)
    {
        if (IsUrlOrEmail(t, s, e, out var urlEnd))
        {
            output.Add(new TextSpan(s, urlEnd));
            if (urlEnd < e)
            {
                TokenizeChunk(t, urlEnd, e, output);
            }

            return;
        }

        // Opening punctuation: quotes, brackets, currency before a number, dashes.
        while (s < e)
        {
            var c = t[s];
            if (c is '"' or '(' or '[' or '{' or '<' or '*' or '\u2022' or '\u00B7' || (c == '\'' && !StartsWithClitic(t, s, e))
                || (c is '$' or '\u00A3' or '\u20AC' or '\u00A5' or '#' && s + 1 < e))
            {
                output.Add(new TextSpan(s, s + 1));
                s++;
            }
            else if ((c == '-' || c == '.') && s + 1 < e && t[s + 1] == c)
            {
                var r = RunEnd(t, s, e);
                output.Add(new TextSpan(s, r));
                s = r;
            }
            else
            {
                break;
            }
        }

        // Closing punctuation, peeled off the end; emitted after the core in text order.
        var closing = new List<TextSpan>(2);
        while (e > s)
        {
            var c = t[e - 1];
            if (c is '.' or '-' && e - 2 >= s && t[e - 2] == c)
            {
                var r = RunStart(t, s, e);
                closing.Add(new TextSpan(r, e));
                e = r;
            }
            else if (c is '!' or '?')
            {
                var r = e - 1;
                while (r > s && t[r - 1] is '!' or '?')
                {
                    r--;
                }

                closing.Add(new TextSpan(r, e)); // "?!" is one token
                e = r;
            }
            else if (c is ')' or ']' or '}' or '>' or '"' or ',' or ';' or ':' or '%' or '*')
            {
                closing.Add(new TextSpan(e - 1, e));
                e--;
            }
            else if (c == '\'' && e - 1 > s)
            {
                closing.Add(new TextSpan(e - 1, e)); // possessive "James'" or a closing quote
                e--;
            }
            else if (c == '.' && e - 1 > s)
            {
                if (Abbreviations.KeepsStop(t.AsSpan(s, e - s), NextNonSpaceIsDigit(t, e)))
                {
                    break;
                }

                closing.Add(new TextSpan(e - 1, e));
                e--;
            }
            else
            {
                break;
            }
        }

        if (e > s)
        {
            TokenizeCore(t, s, e, output);
        }

        for (var k = closing.Count - 1; k >= 0; k--)
        {
            output.Add(closing[k]);
        }
    }

    /// <summary>A word with its clitics and internal punctuation.</summary>
    private static void TokenizeCore(string t, int s, int e, List<TextSpan> output)
    {
        var word = t.AsSpan(s, e - s);
        if (word[^1] == '.' && Abbreviations.KeepsStop(word, NextNonSpaceIsDigit(t, e)))
        {
            output.Add(new TextSpan(s, e));
            return;
        }

        // A clitic written apart ("Bush 's") or a decade ("'90s") is one token.
        if (word[0] == '\'' && StartsWithClitic(t, s, e))
        {
            output.Add(new TextSpan(s, e));
            return;
        }

        // Words EWT splits in two without an apostrophe.
        if (SplitFused(word, out var cut))
        {
            output.Add(new TextSpan(s, s + cut));
            output.Add(new TextSpan(s + cut, e));
            return;
        }

        var clitic = ClitcStart(t, s, e);
        var stemEnd = clitic ?? e;
        SplitInternal(t, s, stemEnd, output);
        if (clitic is int c)
        {
            output.Add(new TextSpan(c, e));
        }
    }

    private static bool SplitFused(ReadOnlySpan<char> word, out int cut)
    {
        cut = 0;
        if (word.Equals("cannot", StringComparison.OrdinalIgnoreCase))
        {
            cut = 3;
        }
        else if (word.Equals("gonna", StringComparison.OrdinalIgnoreCase) || word.Equals("wanna", StringComparison.OrdinalIgnoreCase)
            || word.Equals("gotta", StringComparison.OrdinalIgnoreCase))
        {
            cut = 3;
        }

        return cut > 0;
    }

    /// <summary>Where a trailing clitic ("n't", "'s", "'ll", …) starts, if the word has one after at least one letter.</summary>
    private static int? ClitcStart(string t, int s, int e)
    {
        var word = t.AsSpan(s, e - s);
        foreach (var clitic in Clitics)
        {
            if (word.Length > clitic.Length && word.EndsWith(clitic, StringComparison.OrdinalIgnoreCase)
                && char.IsLetter(word[word.Length - clitic.Length - 1]))
            {
                return e - clitic.Length;
            }
        }

        return null;
    }

    private static bool StartsWithClitic(string t, int s, int e)
    {
        var word = t.AsSpan(s, e - s);
        foreach (var clitic in Clitics)
        {
            if (clitic[0] == '\'' && word.StartsWith(clitic, StringComparison.OrdinalIgnoreCase)
                && (word.Length == clitic.Length || !char.IsLetter(word[clitic.Length])))
            {
                return true;
            }
        }

        // "'90s": a decade keeps its apostrophe.
        return word.Length > 2 && char.IsAsciiDigit(word[1]);
    }

    /// <summary>Splits at punctuation that cannot stand inside a word.</summary>
    private static void SplitInternal(string t, int s, int e, List<TextSpan> output)
    {
        var start = s;
        var i = s;
        while (i < e)
        {
            var c = t[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                    or System.Globalization.UnicodeCategory.SpacingCombiningMark || c == '_' || IsWordInternal(t, i, s, e))
            {
                i++;
                continue;
            }

            if (i > start)
            {
                output.Add(new TextSpan(start, i));
            }

            var r = c is '.' or '-' or '!' or '?' ? RunEnd(t, i, e) : i + 1;
            output.Add(new TextSpan(i, r));
            i = r;
            start = r;
        }

        if (e > start)
        {
            output.Add(new TextSpan(start, e));
        }
    }

    /// <summary>Punctuation that belongs to the word it stands in: "search-engine", "3.5", "1,000", "O'Brien", "AT&amp;T", "10:30", "9/11".</summary>
    private static bool IsWordInternal(string t, int i, int s, int e)
    {
        if (i == s || i + 1 >= e)
        {
            return false;
        }

        var prev = t[i - 1];
        var next = t[i + 1];
        return t[i] switch
        {
            '-' or '.' or '&' or '@' => char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next),
            '\'' => char.IsLetter(prev) && char.IsLetter(next),
            ',' or ':' or '/' => char.IsAsciiDigit(prev) && char.IsAsciiDigit(next),
            _ => false,
        };
    }

    private static int RunEnd(string t, int i, int e)
    {
        var r = i + 1;
        while (r < e && t[r] == t[i])
        {
            r++;
        }

        return r;
    }

    private static int RunStart(string t, int s, int e)
    {
        var r = e - 1;
        while (r > s && t[r - 1] == t[e - 1])
        {
            r--;
        }

        return r;
    }

    private static bool NextNonSpaceIsDigit(string t, int i)
    {
        while (i < t.Length && t[i] == ' ')
        {
            i++;
        }

        return i < t.Length && char.IsAsciiDigit(t[i]);
    }

    /// <summary>"http://…", "https://…", "www.…" or "name@host.tld", without the punctuation that closes a sentence.</summary>
    private static bool IsUrlOrEmail(string t, int s, int e, out int end)
    {
        end = e;
        var chunk = t.AsSpan(s, e - s);
        var isUrl = chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && chunk.Length > 6);
        var at = chunk.IndexOf('@');
        var isEmail = !isUrl && at > 0 && chunk[(at + 1)..].Contains('.') && char.IsLetterOrDigit(chunk[0]);
        if (!isUrl && !isEmail)
        {
            return false;
        }

        while (end > s && t[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '"' or '\'' or ']')
        {
            // Keep a closing bracket that has its opening one inside the URL.
            if (t[end - 1] == ')' && t.AsSpan(s, end - s).Contains('('))
            {
                break;
            }

            end--;
        }

        return end > s;
    }
}
