using System.Text.RegularExpressions;

namespace Graph.Extraction.Input;

/// <summary>
/// Markdown articles: YAML front matter or metadata lines give the metadata, the first level-1 heading the title
/// when none is given; markup (emphasis, links, images, code, quotes, list markers, tables, HTML tags) is stripped
/// down to the words a reader sees.
/// </summary>
public static partial class MarkdownArticleParser
{
    [GeneratedRegex(@"^\s{0,3}(?<hashes>#{1,6})\s+(?<text>.*?)\s*#*\s*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^\s{0,3}([-*_])(\s*\1){2,}\s*$")]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^\s{0,3}(=+|-+)\s*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")]
    private static partial Regex LinkDefinition();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,9}[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^\s*(?<key>[A-Za-z_]+)\s*:\s*(?<value>.*?)\s*$")]
    private static partial Regex FrontMatterField();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")]
    private static partial Regex Link();

    [GeneratedRegex(@"<(?<url>(?:https?|mailto):[^>\s]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"</?[A-Za-z][^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"(\*\*|__)(?<text>\S(?:.*?\S)?)\1")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<!\w)(\*|_)(?<text>\S(?:.*?\S)?)\1(?!\w)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"~~(?<text>.+?)~~")]
    private static partial Regex Strike();

    [GeneratedRegex(@"`+(?<text>[^`]+)`+")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\\(?<c>[\\`*_{}\[\]()#+\-.!|>~])")]
    private static partial Regex Escape();

    /// <summary>Start of the private-use block escaped ASCII characters are parked in while markup is stripped.</summary>
    private const char EscapeBase = '\uE000';

    public static ArticleContent Parse(string text)
    {
        var lines = Paragraphs.Lines(text);
        var fields = new MetadataLines.Fields();
        var start = ReadFrontMatter(lines, fields);
        start += MetadataLines.ReadHeader(lines[start..], fields);
        var body = new List<string>();
        var inFence = false;
        string? fence = null;
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                // Code is not prose: a fenced block is dropped whole.
                if (!inFence)
                {
                    inFence = true;
                    fence = trimmed[..3];
                }
                else if (trimmed.StartsWith(fence!, StringComparison.Ordinal))
                {
                    inFence = false;
                }

                continue;
            }

            if (inFence || LinkDefinition().IsMatch(line) || TableRule().IsMatch(line))
            {
                continue;
            }

            if (SetextUnderline().IsMatch(line) && body.Count > 0 && !string.IsNullOrWhiteSpace(body[^1]))
            {
                // "Title\n=====": the line before was a heading.
                var heading = body[^1];
                body.RemoveAt(body.Count - 1);
                AddHeading(heading, line.Trim()[0] == '=' ? 1 : 2);
                continue;
            }

            if (ThematicBreak().IsMatch(line))
            {
                body.Add(string.Empty);
                continue;
            }

            var atx = AtxHeading().Match(line);
            if (atx.Success)
            {
                AddHeading(StripInline(atx.Groups["text"].Value), atx.Groups["hashes"].Length);
                continue;
            }

            while (trimmed.StartsWith('>'))
            {
                trimmed = trimmed[1..].TrimStart();
            }

            var item = ListMarker().Match(trimmed);
            if (item.Success)
            {
                // Each list item is a paragraph of its own, so items do not run together into one sentence.
                body.Add(string.Empty);
                trimmed = trimmed[item.Length..];
            }

            if (trimmed.Contains('|', StringComparison.Ordinal) && trimmed.Trim().StartsWith('|'))
            {
                // A table row is read as one line of its own.
                body.Add(string.Empty);
                trimmed = string.Join(" ", trimmed.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }

            body.Add(StripInline(trimmed));
        }

        return fields.ToContent(Paragraphs.Join(body));

        void AddHeading(string heading, int level)
        {
            if (level == 1 && fields.Title is null)
            {
                fields.Title = heading.Trim();
                return;
            }

            body.Add(string.Empty);
            body.Add(heading);
            body.Add(string.Empty);
        }
    }

    /// <summary>Inline markup removed, the visible words kept.</summary>
    public static string StripInline(string line)
    {
        // Escaped characters are hidden from the markup patterns (as private-use characters) and restored last.
        var text = Escape().Replace(line, m => ((char)(EscapeBase + m.Groups["c"].Value[0])).ToString());
        text = Image().Replace(text, string.Empty);
        text = Link().Replace(text, "${text}");
        text = AutoLink().Replace(text, "${url}");
        text = HtmlTag().Replace(text, string.Empty);
        text = InlineCode().Replace(text, "${text}");
        text = Strong().Replace(text, "${text}");
        text = Emphasis().Replace(text, "${text}");
        text = Strike().Replace(text, "${text}");
        return string.Create(text.Length, text, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                chars[i] = source[i] is >= EscapeBase and < (char)(EscapeBase + 128) ? (char)(source[i] - EscapeBase) : source[i];
            }
        });
    }

    /// <summary>Reads a "---" … "---" YAML front-matter block (flat key: value pairs); returns the first line after it.</summary>
    private static int ReadFrontMatter(string[] lines, MetadataLines.Fields fields)
    {
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return 0;
        }

        var end = Array.FindIndex(lines, 1, l => l.Trim() is "---" or "...");
        if (end < 0)
        {
            return 0;
        }

        for (var i = 1; i < end; i++)
        {
            var match = FrontMatterField().Match(lines[i]);
            if (match.Success)
            {
                MetadataLines.Set(fields, match.Groups["key"].Value, match.Groups["value"].Value.Trim('"', '\''));
            }
        }

        return end + 1;
    }
}
