using System.Text;

namespace Graph.GraphQL.Language;

/// <summary>Block strings: the spec's BlockStringValue (common indentation removed) and printing as graphql-js prints them.</summary>
public static class BlockString
{
    /// <summary>Spec §2.9.4 BlockStringValue(rawValue): split lines, strip common indent, drop blank leading/trailing lines.</summary>
    public static string Dedent(string raw)
    {
        var lines = SplitLines(raw);
        int? commonIndent = null;
        for (var i = 1; i < lines.Count; i++)
        {
            var indent = LeadingWhitespace(lines[i]);
            if (indent < lines[i].Length && (commonIndent is null || indent < commonIndent)) commonIndent = indent;
        }
        if (commonIndent is { } ci)
        {
            for (var i = 1; i < lines.Count; i++) lines[i] = lines[i].Length < ci ? "" : lines[i][ci..];
        }
        var first = 0;
        while (first < lines.Count && IsBlank(lines[first])) first++;
        var last = lines.Count - 1;
        while (last >= first && IsBlank(lines[last])) last--;
        return first > last ? "" : string.Join('\n', lines.GetRange(first, last - first + 1));
    }

    /// <summary>graphql-js isPrintableAsBlockString: whether a description can be printed as """...""" and read back unchanged.</summary>
    public static bool IsPrintableAsBlock(string value)
    {
        if (value.Length == 0) return true;
        bool isEmptyLine = true, hasIndent = false, hasCommonIndent = true, seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or (>= '\u000E' and <= '\u001F'):
                case '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine) return false;
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }
        if (isEmptyLine) return false;
        if (hasCommonIndent && seenNonEmptyLine) return false;
        return true;
    }

    /// <summary>graphql-js printBlockString (not minimized).</summary>
    public static string Print(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = SplitLines(escaped);
        var isSingleLine = lines.Count == 1;
        var forceLeadingNewLine = lines.Count > 1 && lines.Skip(1).All(l => l.Length == 0 || l[0] is ' ' or '\t');
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        var multiLine = !isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes;
        var sb = new StringBuilder("\"\"\"");
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && value[0] is ' ' or '\t';
        if ((multiLine && !skipLeadingNewLine) || forceLeadingNewLine) sb.Append('\n');
        sb.Append(escaped);
        if (multiLine || forceTrailingNewline) sb.Append('\n');
        return sb.Append("\"\"\"").ToString();
    }

    private static List<string> SplitLines(string s)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\n' || s[i] == '\r')
            {
                lines.Add(s[start..i]);
                if (s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n') i++;
                start = i + 1;
            }
        }
        lines.Add(s[start..]);
        return lines;
    }

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t') i++;
        return i;
    }

    private static bool IsBlank(string line) => LeadingWhitespace(line) == line.Length;
}
