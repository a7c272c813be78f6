using System.Text;

namespace Graph.Extraction.Text;

/// <summary>
/// Text after normalisation, with the way back to the raw input. The normalised text is the one the
/// <see cref="Document"/> carries and every later span points into; <see cref="ToRaw"/> maps a position
/// back to the raw input for callers that must show the original characters.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[]? rawOffsets;
    private readonly int rawLength;

    internal NormalizedText(string text, int[]? rawOffsets, int rawLength)
    {
        Text = text;
        this.rawOffsets = rawOffsets;
        this.rawLength = rawLength;
    }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    /// <summary>Whether every character kept its position (then spans in both texts coincide).</summary>
    public bool IsPositionPreserving => rawOffsets is null;

    /// <summary>The raw-input index of the character at <paramref name="index"/> of <see cref="Text"/> (the raw length at the end).</summary>
    public int ToRaw(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, Text.Length);
        if (rawOffsets is null)
        {
            return index;
        }

        return index == Text.Length ? rawLength : rawOffsets[index];
    }
}

/// <summary>
/// Normalises article text before splitting: curly quotes to straight ones, dashes to ASCII forms,
/// odd whitespace to plain spaces, line ends to "\n", invisible characters (zero-width, soft hyphen,
/// byte-order marks) removed, "…" spelled "...". Most replacements are one character for one, so
/// positions usually survive; when they do not, <see cref="NormalizedText.ToRaw"/> maps back.
/// Why normalise: the tagger and parser were trained on text that uses ASCII quotes and "--", and
/// the tokenizer's rules stay simple when there is one kind of space and one apostrophe.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalises <paramref name="raw"/>; never throws on any string.</summary>
    public static NormalizedText Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var sb = new StringBuilder(raw.Length);
        List<int>? offsets = null;

        // Starts keeping offsets the moment the output stops lining up with the input.
        void Shifted()
        {
            if (offsets is null)
            {
                offsets = new List<int>(raw.Length + 16);
                for (var k = 0; k < sb.Length; k++)
                {
                    offsets.Add(k);
                }
            }
        }

        void Emit(char c, int rawIndex)
        {
            sb.Append(c);
            offsets?.Add(rawIndex);
        }

        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            switch (c)
            {
                case '\r':
                    // "\r\n" keeps its length as " \n"; a lone "\r" is an old Mac line end.
                    Emit(i + 1 < raw.Length && raw[i + 1] == '\n' ? ' ' : '\n', i);
                    break;
                case '\n':
                    Emit('\n', i);
                    break;
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u0060' or '\u00B4':
                    Emit('\'', i);
                    break;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB':
                    Emit('"', i);
                    break;
                case '\u2010' or '\u2011' or '\u2212':
                    Emit('-', i);
                    break;
                case '\u2012' or '\u2013' or '\u2014' or '\u2015':
                    if (c is '\u2012' or '\u2013' && IsDigitAt(raw, i - 1) && IsDigitAt(raw, i + 1))
                    {
                        Emit('-', i); // a range such as 1990–1995
                    }
                    else
                    {
                        Shifted();
                        Emit('-', i);
                        Emit('-', i);
                    }

                    break;
                case '\u2026':
                    Shifted();
                    Emit('.', i);
                    Emit('.', i);
                    Emit('.', i);
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                    Shifted(); // invisible: dropped so it cannot split or glue words
                    break;
                default:
                    if (c == '\t' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c is '\u202F' or '\u205F' or '\u3000' or '\u2028' or '\u2029' or '\u0085')
                    {
                        Emit(c is '\u2028' or '\u2029' or '\u0085' ? '\n' : ' ', i);
                    }
                    else if (char.IsControl(c))
                    {
                        Emit(' ', i);
                    }
                    else
                    {
                        Emit(c, i);
                    }

                    break;
            }
        }

        return new NormalizedText(sb.ToString(), offsets?.ToArray(), raw.Length);
    }

    private static bool IsDigitAt(string s, int i) => i >= 0 && i < s.Length && char.IsAsciiDigit(s[i]);
}
