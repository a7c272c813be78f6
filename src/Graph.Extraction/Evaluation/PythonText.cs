using System.Globalization;
using System.Numerics;
using System.Text;

namespace Graph.Extraction.Evaluation;

/// <summary>The few Python behaviours the scorer's output depends on: <c>{:.3f}</c>, code-point ordering and slicing.</summary>
internal static class PythonText
{
    /// <summary>
    /// <c>f"{x:.3f}"</c>: the exact binary value rounded half-to-even at the third decimal. (.NET's "F3" rounds
    /// exact ties away from zero, so 1/16 would print 0.063 where Python prints 0.062.)
    /// </summary>
    public static string Fixed3(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return value.ToString(CultureInfo.InvariantCulture).ToLowerInvariant();
        }

        var negative = value < 0 || (value == 0 && double.IsNegative(value));
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        // value = mantissa * 2^(exponent - 1075); scaled = value * 1000, rounded half-even.
        var shift = exponent - 1075;
        var numerator = new BigInteger(mantissa) * 1000;
        BigInteger scaled;
        if (shift >= 0)
        {
            scaled = numerator << shift;
        }
        else
        {
            var denominator = BigInteger.One << -shift;
            scaled = BigInteger.DivRem(numerator, denominator, out var remainder);
            var twice = remainder * 2;
            if (twice > denominator || (twice == denominator && !scaled.IsEven))
            {
                scaled += 1;
            }
        }

        var digits = scaled.ToString(CultureInfo.InvariantCulture).PadLeft(4, '0');
        return (negative ? "-" : string.Empty) + digits[..^3] + "." + digits[^3..];
    }

    /// <summary>Python's string order: by code point (not by UTF-16 unit, which differs above U+FFFF).</summary>
    public static int CompareCodePoints(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return string.CompareOrdinal(a, b);
        }

        var left = a.EnumerateRunes();
        var right = b.EnumerateRunes();
        while (true)
        {
            var hasLeft = left.MoveNext();
            var hasRight = right.MoveNext();
            if (!hasLeft || !hasRight)
            {
                return hasLeft.CompareTo(hasRight);
            }

            var order = left.Current.Value.CompareTo(right.Current.Value);
            if (order != 0)
            {
                return order;
            }
        }
    }

    public static readonly IComparer<string> CodePointOrder = Comparer<string>.Create(CompareCodePoints);

    /// <summary><c>s[:count]</c>: the first <paramref name="count"/> code points.</summary>
    public static string Prefix(string text, int count)
    {
        var builder = new StringBuilder();
        var taken = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (taken++ == count)
            {
                break;
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    /// <summary><c>f"{s:&lt;width}"</c>: left-aligned, padded with spaces to <paramref name="width"/> code points.</summary>
    public static string PadRight(string text, int width)
    {
        var length = text.EnumerateRunes().Count();
        return length >= width ? text : text + new string(' ', width - length);
    }
}
