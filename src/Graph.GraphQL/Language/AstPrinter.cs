using System.Text;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Language;

/// <summary>Prints values and type references back to GraphQL text, as graphql-js <c>print</c> does (used in messages and SDL).</summary>
public static class AstPrinter
{
    public static string Print(ValueNode value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    public static string Print(TypeNode type) => type.ToString()!;

    private static void Append(StringBuilder sb, ValueNode value)
    {
        switch (value)
        {
            case VariableNode v: sb.Append('$').Append(v.Name.Value); break;
            case IntValueNode i: sb.Append(i.Value); break;
            case FloatValueNode f: sb.Append(f.Value); break;
            case StringValueNode s: sb.Append(s.Block ? BlockString.Print(s.Value) : QuoteString(s.Value)); break;
            case BooleanValueNode b: sb.Append(b.Value ? "true" : "false"); break;
            case NullValueNode: sb.Append("null"); break;
            case EnumValueNode e: sb.Append(e.Value); break;
            case ListValueNode l:
                sb.Append('[');
                for (var i = 0; i < l.Values.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Append(sb, l.Values[i]);
                }
                sb.Append(']');
                break;
            case ObjectValueNode o:
                sb.Append('{');
                for (var i = 0; i < o.Fields.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(o.Fields[i].Name.Value).Append(": ");
                    Append(sb, o.Fields[i].Value);
                }
                sb.Append('}');
                break;
        }
    }

    /// <summary>A JSON-style quoted string with the escapes graphql-js printString uses.</summary>
    public static string QuoteString(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\f': sb.Append("\\f"); break;
                case '\r': sb.Append("\\r"); break;
                case < ' ' or (>= '\u007F' and <= '\u009F'): sb.Append("\\u").Append(((int)c).ToString("X4")); break;
                default: sb.Append(c); break;
            }
        }
        return sb.Append('"').ToString();
    }
}
