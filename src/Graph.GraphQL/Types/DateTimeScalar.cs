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

    private static string Format(DateTimeOffset d) => d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

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
