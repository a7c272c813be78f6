using System.Globalization;

namespace Graph.Extraction.Input;

/// <summary>Reads the publication dates feeds carry: ISO dates and date-times, RFC 1123, "23 September 2022".</summary>
internal static class DateValues
{
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date
            : null;
    }
}
