using Graph.Extraction.Models;

namespace Graph.Extraction.Tagging;

/// <summary>Hashes describing a word's form, computed once per token and shared by the tagger's and parser's features.</summary>
internal static class WordShape
{
    public static readonly ulong Start = FeatureHash.Of("-START-");
    public static readonly ulong End = FeatureHash.Of("-END-");

    /// <summary>The word as the models see it: lower case, digits folded, so "1,250" and "3,999" look alike; dashes and quotes as EWT spells them.</summary>
    public static ulong Normalized(string word)
    {
        var hasDigit = false;
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c))
            {
                hasDigit = true;
                break;
            }
        }

        if (!hasDigit)
        {
            return word switch
            {
                "\u2014" or "\u2013" => FeatureHash.Of("--"),
                "\u201C" or "\u201D" or "``" or "''" => FeatureHash.Of("\""),
                "\u2019" => FeatureHash.Of("'"),
                _ => FeatureHash.OfLower(word),
            };
        }

        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            buffer[i] = char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c);
        }

        return FeatureHash.Of(buffer);
    }

    /// <summary>The shape with runs collapsed: "Putin" → "Xx", "U.S." → "X.X.", "1,250" → "d,d", "e-mail" → "x-x".</summary>
    public static ulong Shape(string word)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 16)];
        var n = 0;
        var last = '\0';
        foreach (var ch in word)
        {
            var s = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsDigit(ch) ? 'd' : ch;
            if (s != last && n < buffer.Length)
            {
                buffer[n++] = s;
            }

            last = s;
        }

        return FeatureHash.Of(buffer[..n]);
    }

    public static ulong Suffix(string word, int length) =>
        word.Length >= length ? FeatureHash.OfLower(word.AsSpan(word.Length - length)) : FeatureHash.OfLower(word) ^ 0x5555UL;

    public static ulong Prefix(string word, int length) =>
        word.Length >= length ? FeatureHash.OfLower(word.AsSpan(0, length)) : FeatureHash.OfLower(word) ^ 0xAAAAUL;

    /// <summary>The last part of a hyphenated word ("Kremlin-backed" → "backed"), which decides its tag; 0 if none.</summary>
    public static ulong LastHyphenPart(string word)
    {
        var h = word.LastIndexOf('-');
        return h > 0 && h < word.Length - 1 ? FeatureHash.OfLower(word.AsSpan(h + 1)) : 0;
    }
}
