using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.References;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Relations;

/// <summary>
/// A small CoNLL-U reader for hand-written test trees: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC,
/// separated by tabs or spaces (forms have no spaces here), sentences separated by blank lines, '#' comments.
/// MISC may carry <c>Ent=B-PERSON</c>/<c>I-PERSON</c> (the mention's extent and type) and, on the B token,
/// <c>Name=Vladimir_Putin</c> (the canonical name it resolves to; default: the mention's own words),
/// which stands in for reference resolution.
/// </summary>
internal static class ConllU
{
    public static (IReadOnlyList<Sentence> Sentences, MentionTable Mentions) Read(string text)
    {
        var sentences = new List<Sentence>();
        var mentions = new MentionTable();
        var block = new List<string[]>();
        var offset = 0;
        foreach (var raw in text.Split('\n').Append(string.Empty))
        {
            var line = raw.Trim();
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.Length == 0)
            {
                if (block.Count > 0)
                {
                    sentences.Add(Build(sentences.Count, block, mentions, ref offset));
                    block.Clear();
                }

                continue;
            }

            var columns = line.Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length != 10)
            {
                throw new FormatException($"a CoNLL-U token line has 10 columns, this has {columns.Length}: '{line}'");
            }

            block.Add(columns);
        }

        return (sentences, mentions);
    }

    private static Sentence Build(int index, List<string[]> rows, MentionTable mentions, ref int offset)
    {
        var tokens = new List<Token>();
        var start = offset;
        foreach (var c in rows)
        {
            var form = c[1];
            var token = new Token(tokens.Count, form, TextSpan.Of(offset, form.Length))
            {
                Lemma = c[2] == "_" ? form.ToLowerInvariant() : c[2],
                Upos = c[3],
                Xpos = c[4] == "_" ? null : c[4],
                Head = int.Parse(c[6], System.Globalization.CultureInfo.InvariantCulture) - 1,
                DepRel = c[7],
            };
            var misc = Misc(c[9]);
            token.Ner = misc.GetValueOrDefault("Ent", "O");
            tokens.Add(token);
            offset += form.Length + 1;
        }

        var text = string.Join(' ', tokens.Select(t => t.Text));
        var sentence = new Sentence(index, new TextSpan(start, offset - 1), text, tokens);
        AddMentions(sentence, rows, mentions);
        return sentence;
    }

    private static void AddMentions(Sentence sentence, List<string[]> rows, MentionTable mentions)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].Ner.StartsWith("B-", StringComparison.Ordinal))
            {
                continue;
            }

            var type = tokens[i].Ner[2..];
            var end = i + 1;
            while (end < tokens.Count && tokens[end].Ner == "I-" + type)
            {
                end++;
            }

            var words = string.Join(' ', tokens.Skip(i).Take(end - i).Select(t => t.Text));
            var name = Misc(rows[i][9]).GetValueOrDefault("Name")?.Replace('_', ' ') ?? words;
            var span = new TextSpan(tokens[i].Span.Start, tokens[end - 1].Span.End);
            mentions.Add(sentence.Index, i, end, new ResolvedMention(name, type, span, 1.0));
        }
    }

    /// <summary>
    /// The mentions the tree's Ent tags mark, as the recognizer would hand them on: MISC <c>Kind=Demonym</c>
    /// and <c>Ref=Mexico</c> on the B token mark a demonym and the place it stands for.
    /// </summary>
    public static IReadOnlyList<Mention> Mentions(string text)
    {
        var (sentences, _) = Read(text);
        var rows = Blocks(text);
        var mentions = new List<Mention>();
        foreach (var sentence in sentences)
        {
            var tokens = sentence.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].Ner.StartsWith("B-", StringComparison.Ordinal))
                {
                    continue;
                }

                var type = tokens[i].Ner[2..];
                var end = i + 1;
                while (end < tokens.Count && tokens[end].Ner == "I-" + type)
                {
                    end++;
                }

                var misc = Misc(rows[sentence.Index][i][9]);
                var span = new TextSpan(tokens[i].Span.Start, tokens[end - 1].Span.End);
                var words = string.Join(' ', tokens.Skip(i).Take(end - i).Select(t => t.Text));
                mentions.Add(new Mention(sentence.Index, i, end, span, words, type)
                {
                    Kind = misc.GetValueOrDefault("Kind") == "Demonym" ? MentionKind.Demonym : MentionKind.Name,
                    Referent = misc.GetValueOrDefault("Ref")?.Replace('_', ' '),
                });
            }
        }

        return mentions;
    }

    /// <summary>A document over the tree's sentences; its text is the sentences joined by spaces, as the spans assume.</summary>
    public static Document Document(string text, string id = "test")
    {
        var (sentences, _) = Read(text);
        var body = string.Join(' ', sentences.Select(s => s.Text));
        return new Document(new Article(id, ContentHash.Of(body)), body) { Sentences = sentences };
    }

    private static List<List<string[]>> Blocks(string text)
    {
        var blocks = new List<List<string[]>> { new() };
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.Length == 0)
            {
                if (blocks[^1].Count > 0)
                {
                    blocks.Add([]);
                }

                continue;
            }

            blocks[^1].Add(line.Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        }

        return blocks;
    }

    private static Dictionary<string, string> Misc(string column) =>
        column == "_"
            ? []
            : column.Split('|').Select(kv => kv.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : string.Empty);
}
