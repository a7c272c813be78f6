using System.Text;

namespace Graph.Extraction.Input;

/// <summary>Builds body text from lines: blank lines end paragraphs, hard-wrapped lines of one paragraph are joined.</summary>
internal static class Paragraphs
{
    /// <summary>Line endings made "\n", whatever the source used.</summary>
    public static string[] Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    /// <summary>The paragraphs of <paramref name="lines"/>, each on one line, separated by a blank line; whitespace runs collapsed.</summary>
    public static string Join(IEnumerable<string> lines)
    {
        var body = new StringBuilder();
        var paragraph = new StringBuilder();
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }

            if (paragraph.Length > 0)
            {
                paragraph.Append(' ');
            }

            AppendCollapsed(paragraph, line.Trim());
        }

        Flush();
        return body.ToString();

        void Flush()
        {
            if (paragraph.Length == 0)
            {
                return;
            }

            if (body.Length > 0)
            {
                body.Append("\n\n");
            }

            body.Append(paragraph);
            paragraph.Clear();
        }
    }

    /// <summary>Appends <paramref name="text"/> with every run of whitespace (non-breaking spaces included) made one space.</summary>
    public static void AppendCollapsed(StringBuilder builder, string text)
    {
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0 && builder[^1] != ' ' && builder[^1] != '\n')
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }
    }
}
