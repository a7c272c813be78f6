using System.Collections;
using System.Globalization;
using System.Text;
using Graph.GraphQL.Language;

namespace Graph.GraphQL.Types;

/// <summary>Shows a runtime value in messages the way graphql-js <c>inspect</c> does (strings quoted, lists bracketed).</summary>
public static class Inspect
{
    public static string Value(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value, 0);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, object? value, int depth)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case string s: sb.Append(AstPrinter.QuoteString(s)); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case double or float or decimal or int or long or short or byte or uint or ulong:
                sb.Append(Number(Convert.ToDouble(value, CultureInfo.InvariantCulture))); break;
            case IDictionary<string, object?> map:
                if (map.Count == 0) { sb.Append("{}"); break; }
                if (depth > 2) { sb.Append("[Object]"); break; }
                sb.Append("{ ");
                var first = true;
                foreach (var (k, v) in map)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append(k).Append(": ");
                    Append(sb, v, depth + 1);
                }
                sb.Append(" }");
                break;
            case IEnumerable list:
                if (depth > 2) { sb.Append("[Array]"); break; }
                sb.Append('[');
                var i = 0;
                foreach (var item in list)
                {
                    if (i++ > 0) sb.Append(", ");
                    Append(sb, item, depth + 1);
                }
                sb.Append(']');
                break;
            default: sb.Append(value.ToString()); break;
        }
    }

    /// <summary>A number as JavaScript's String(n) writes it for ordinary magnitudes.</summary>
    public static string Number(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "Infinity";
        if (double.IsNegativeInfinity(d)) return "-Infinity";
        if (d == Math.Floor(d) && Math.Abs(d) < 1e21) return d.ToString("0", CultureInfo.InvariantCulture);
        var r = d.ToString("R", CultureInfo.InvariantCulture);
        return r.Replace("E+", "e+", StringComparison.Ordinal).Replace("E-", "e-", StringComparison.Ordinal);
    }
}
