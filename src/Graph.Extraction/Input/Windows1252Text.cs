namespace Graph.Extraction.Input;

/// <summary>
/// Decodes Windows-1252, the usual encoding of "8-bit" English text that is not UTF-8. Written out here rather
/// than taken from the code-pages provider so that no process-wide encoding registration is needed.
/// </summary>
public static class Windows1252Text
{
    // 0x80..0x9F differ from Latin-1; the five bytes cp1252 leaves undefined map to the C1 control of the same value.
    private static readonly char[] HighControls =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        return string.Create(bytes.Length, bytes.ToArray(), static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var b = source[i];
                chars[i] = b is >= 0x80 and <= 0x9F ? HighControls[b - 0x80] : (char)b;
            }
        });
    }
}
