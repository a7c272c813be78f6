using System.Text;

namespace Graph.Interchange.Reading;

/// <summary>
/// Reads RFC 4180 CSV as <see cref="CsvWriter"/> writes it: quoted fields may hold commas, quotes (doubled) and line
/// breaks; an empty unquoted field is null, <c>""</c> an empty string. Each record comes with the line it starts on.
/// </summary>
internal static class CsvReader
{
    public static IEnumerable<(int Line, IReadOnlyList<string?> Fields)> Records(string text)
    {
        var fields = new List<string?>();
        var field = new StringBuilder();
        var quoted = false;
        var inQuotes = false;
        var line = 1;
        var recordLine = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !quoted:
                    inQuotes = quoted = true;
                    break;
                case '"':
                    throw new FormatException($"line {line}: a quote inside an unquoted field");
                case ',':
                    fields.Add(Value());
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\n':
                    fields.Add(Value());
                    yield return (recordLine, fields);
                    fields = [];
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (inQuotes)
        {
            throw new FormatException($"line {recordLine}: a quoted field is not closed");
        }

        if (field.Length > 0 || fields.Count > 0 || quoted)
        {
            fields.Add(Value());
            yield return (recordLine, fields);
        }

        string? Value()
        {
            var value = field.Length == 0 && !quoted ? null : field.ToString();
            field.Clear();
            quoted = false;
            return value;
        }
    }
}
