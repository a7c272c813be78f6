using System.Text;

namespace Graph.Interchange;

/// <summary>
/// RFC 4180 CSV, as neo4j-admin import reads it: comma-separated, fields quoted when they hold a
/// comma, quote or line break, quotes doubled inside quotes. A null is an empty field and an empty string is <c>""</c>,
/// which neo4j-admin keeps apart (an empty field is no property) and <see cref="Reading.CsvReader"/> too.
/// </summary>
internal sealed class CsvWriter(TextWriter writer)
{
    public void Row(params string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Quote(fields[i]));
        }

        writer.Write('\n');
    }

    private static string Quote(string? field)
    {
        if (field is null)
        {
            return string.Empty;
        }

        if (field.Length > 0 && field.AsSpan().IndexOfAny(",\"\n\r") < 0)
        {
            return field;
        }

        var builder = new StringBuilder(field.Length + 2).Append('"');
        builder.Append(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        return builder.Append('"').ToString();
    }
}
