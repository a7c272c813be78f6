using System.Globalization;
using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>
/// An RFC 3339 date-time (<c>2024-05-01T12:30:00Z</c>), specified by the scalars.graphql.org DateTime spec.
/// Internally a <see cref="DateTimeOffset"/>; serialized in UTC with a 'Z' suffix.
/// </summary>
public sealed class DateTimeScalar : ScalarType
{
    public DateTimeScalar()
        : base("DateTime", "A date and time with offset, as RFC 3339 text, e.g. `2024-05-01T12:30:00Z`.")
    {
        SpecifiedByUrl = "https://scalars.graphql.org/andimarek/date-time";
    }

    public override object Serialize(object value) => value switch
    {
        DateTimeOffset d => Format(d),
        DateTime d => Format(d.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : new DateTimeOffset(d)),
        string s => Format(Parse(s)),
        _ => throw new ScalarCoercionException($"DateTime cannot represent value: {Inspect.Value(value)}"),
    };

    public override object ParseValue(object value) => value is string s
        ? Parse(s)
        : throw new ScalarCoercionException($"DateTime cannot represent a non string value: {Inspect.Value(value)}");

    public override object ParseLiteral(ValueNode literal) => literal is StringValueNode s
        ? Parse(s.Value)
        : throw new ScalarCoercionException($"DateTime cannot represent a non string value: {AstPrinter.Print(literal)}");

    public override ValueNode? ToLiteral(object value) => new StringValueNode((string)Serialize(value), false, SourceLocation.None);

    private static readonly string[] FractionFormats = ["", "D1", "D2", "D3", "D4", "D5", "D6", "D7"];

    /// <summary>
    /// The text of the pattern <c>yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'</c> (the fraction without trailing zeros, none when it
    /// is zero), written from the sortable format and the fraction's digits: dates are among the most frequent values
    /// in responses, and a custom pattern is interpreted anew on every call.
    /// </summary>
    private static string Format(DateTimeOffset d)
    {
        var utc = d.UtcDateTime;
        var fraction = (int)(utc.Ticks % TimeSpan.TicksPerSecond);
        var digits = fraction == 0 ? 0 : 7;
        while (digits > 0 && fraction % 10 == 0)
        {
            fraction /= 10;
            digits--;
        }
        return string.Create(digits == 0 ? 20 : 21 + digits, (utc, fraction, digits), static (text, state) =>
        {
            state.utc.TryFormat(text, out var at, "s", CultureInfo.InvariantCulture);
            if (state.digits > 0)
            {
                text[at++] = '.';
                state.fraction.TryFormat(text[at..], out var written, FractionFormats[state.digits], CultureInfo.InvariantCulture);
                at += written;
            }
            text[at] = 'Z';
        });
    }

    private static DateTimeOffset Parse(string s)
    {
        // RFC 3339 requires a date, a time and an offset; a bare date or a local time is refused.
        if (s.Length < 20 || (s[10] != 'T' && s[10] != 't') ||
            !(s.EndsWith('Z') || s.EndsWith('z') || s[^6] is '+' or '-') ||
            !DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            throw new ScalarCoercionException($"DateTime cannot represent an invalid date-time string: {AstPrinter.QuoteString(s)}");
        }
        return parsed;
    }
}
