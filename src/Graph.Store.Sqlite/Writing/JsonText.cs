using System.Globalization;
using System.Text;

namespace Graph.Store.Sqlite.Writing;

/// <summary>Writes a JSON string literal (RFC 8259: quote, backslash and control characters escaped, the rest as is).</summary>
internal static class JsonText
{
    public static StringBuilder AppendString(StringBuilder json, string value)
    {
        json.Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => json.Append("\\\""),
                '\\' => json.Append("\\\\"),
                < ' ' => json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => json.Append(c),
            };
        }

        return json.Append('"');
    }
}
