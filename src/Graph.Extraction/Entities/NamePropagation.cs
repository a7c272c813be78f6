using Graph.Core.Model;
using Graph.Extraction.Text;

namespace Graph.Extraction.Entities;

/// <summary>
/// One sense per article: a name recognised in one sentence is a name wherever the article repeats it, even where
/// the model missed it (a name at the start of a sentence, in a list, after a colon).
/// </summary>
internal static class NamePropagation
{
    public static IReadOnlyList<Mention> AddRepeats(Document document, List<Mention> mentions)
    {
        // Each recognised multi-character name, by its tokens, with the type most of its mentions have.
        var names = mentions
            .Where(m => m.Kind == MentionKind.Name && EntityTypes.IsNamed(m.Type) && m.Text.Length > 2)
            .GroupBy(m => m.Text, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (Type: g.GroupBy(m => m.Type).OrderByDescending(t => t.Count()).First().Key, g.First().Referent, Tokens: TokensOf(document, g.First())),
                StringComparer.Ordinal);
        if (names.Count == 0)
        {
            return mentions;
        }

        var byFirstToken = names.Values.GroupBy(n => n.Tokens[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Tokens.Length).ToList(), StringComparer.Ordinal);
        var added = new List<Mention>();
        var bySentence = mentions.ToLookup(m => m.SentenceIndex); // not a scan of every mention per sentence
        foreach (var sentence in document.Sentences)
        {
            var tokens = sentence.Tokens;
            var covered = new bool[tokens.Count];
            foreach (var m in bySentence[sentence.Index])
            {
                covered.AsSpan(m.StartToken, m.EndToken - m.StartToken).Fill(true);
            }

            for (var i = 0; i < tokens.Count; i++)
            {
                if (covered[i] || !byFirstToken.TryGetValue(tokens[i].Text, out var candidates))
                {
                    continue;
                }

                foreach (var name in candidates)
                {
                    var end = i + name.Tokens.Length;
                    if (end > tokens.Count || covered.AsSpan(i, name.Tokens.Length).Contains(true) || !Matches(tokens, i, name.Tokens))
                    {
                        continue;
                    }

                    var span = new TextSpan(tokens[i].Span.Start, tokens[end - 1].Span.End);
                    added.Add(new Mention(sentence.Index, i, end, span, document.Text[span.Start..span.End], name.Type)
                    {
                        Referent = name.Referent,
                        Confidence = 0.8,
                    });
                    for (var k = i; k < end; k++)
                    {
                        tokens[k].Ner = (k == i ? "B-" : "I-") + name.Type;
                    }

                    covered.AsSpan(i, name.Tokens.Length).Fill(true);
                    break;
                }
            }
        }

        if (added.Count == 0)
        {
            return mentions;
        }

        return mentions.Concat(added).OrderBy(m => m.SentenceIndex).ThenBy(m => m.StartToken).ToList();
    }

    private static string[] TokensOf(Document document, Mention mention) =>
        document.Sentences[mention.SentenceIndex].Tokens.Skip(mention.StartToken).Take(mention.TokenCount).Select(t => t.Text).ToArray();

    private static bool Matches(IReadOnlyList<Token> tokens, int start, string[] name)
    {
        for (var k = 0; k < name.Length; k++)
        {
            if (!string.Equals(tokens[start + k].Text, name[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
