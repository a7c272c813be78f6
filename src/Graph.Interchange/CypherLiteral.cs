using System.Globalization;
using System.Text;

namespace Graph.Interchange;

/// <summary>
/// Writes values as Cypher literals, for scripts that must run without parameters (cypher-shell -f, Neo4j Browser):
/// strings single-quoted with Cypher's escapes, numbers invariant, dates as <c>datetime('…')</c>, lists and maps.
/// </summary>
internal static class CypherLiteral
{
    public static void Write(StringBuilder output, object? value)
    {
        switch (value)
        {
            case null:
                output.Append("null");
                break;
            case string text:
                String(output, text);
                break;
            case bool flag:
                output.Append(flag ? "true" : "false");
                break;
            case int number:
                output.Append(number.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                output.Append(number.ToString("R", CultureInfo.InvariantCulture));
                if (double.IsInteger(number) && Math.Abs(number) < 1e15)
                {
                    output.Append(".0");
                }

                break;
            case DateTimeOffset date:
                output.Append("datetime(");
                String(output, date.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture));
                output.Append(')');
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                Map(output, map);
                break;
            case IEnumerable<string> strings:
                List(output, strings);
                break;
            default:
                throw new ArgumentException($"no Cypher literal for a {value.GetType().Name}", nameof(value));
        }
    }

    private static void Map(StringBuilder output, IEnumerable<KeyValuePair<string, object?>> map)
    {
        output.Append('{');
        var first = true;
        foreach (var (key, item) in map)
        {
            if (!first)
            {
                output.Append(", ");
            }

            first = false;
            output.Append(key).Append(": ");
            Write(output, item);
        }

        output.Append('}');
    }

    private static void List(StringBuilder output, IEnumerable<string> items)
    {
        output.Append('[');
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                output.Append(", ");
            }

            first = false;
            String(output, item);
        }

        output.Append(']');
    }

    private static void String(StringBuilder output, string text)
    {
        output.Append('\'');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': output.Append(@"\\"); break;
                case '\'': output.Append(@"\'"); break;
                case '\n': output.Append(@"\n"); break;
                case '\r': output.Append(@"\r"); break;
                case '\t': output.Append(@"\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        output.Append(@"\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        output.Append(c);
                    }

                    break;
            }
        }

        output.Append('\'');
    }
}
