using System.Text;

namespace Graph.Extraction.Input;

/// <summary>
/// Turns the bytes of an article into text: a byte-order mark decides (UTF-8, UTF-16 LE/BE); otherwise valid UTF-8
/// is UTF-8, and anything else is read as Windows-1252. Input that is empty or binary is refused.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Share of control characters above which the input is taken for binary data, not text.</summary>
    private const double MaxControlShare = 0.01;

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="fileName"/> only names the input in errors.</summary>
    /// <exception cref="ArticleInputException">The input is empty or binary.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (bytes.IsEmpty)
        {
            throw new ArticleInputException(fileName, "is empty (0 bytes)");
        }

        var text = DecodeByEncoding(bytes, fileName);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        CheckIsText(text, fileName);
        return text;
    }

    private static string DecodeByEncoding(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeStrict(StrictUtf8, bytes[3..], fileName, "UTF-8 (it has a UTF-8 byte-order mark)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeStrict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], fileName, "UTF-16 LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeStrict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], fileName, "UTF-16 BE");
        }

        if (bytes.Contains((byte)0))
        {
            throw new ArticleInputException(fileName, $"is binary, not text (NUL byte at offset {bytes.IndexOf((byte)0)}, and no UTF-16 byte-order mark)");
        }

        return System.Text.Unicode.Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : Windows1252Text.Decode(bytes);
    }

    private static string DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string fileName, string what)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new ArticleInputException(fileName, $"is not valid {what}: {e.Message}", e);
        }
    }

    private static void CheckIsText(string text, string fileName)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                throw new ArticleInputException(fileName, "is binary, not text (it contains NUL characters)");
            }

            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))
            {
                controls++;
            }
        }

        if (controls > 0 && controls > text.Length * MaxControlShare)
        {
            throw new ArticleInputException(fileName, $"is binary, not text ({controls} control characters in {text.Length})");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleInputException(fileName, "is empty (only whitespace)");
        }
    }
}
