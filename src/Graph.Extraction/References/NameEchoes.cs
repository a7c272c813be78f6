using Graph.Core.Names;
using Graph.Extraction.Entities;
using Graph.Extraction.Text;

namespace Graph.Extraction.References;

/// <summary>
/// Names the recognizer found somewhere in the article but missed elsewhere (inside a title, "Acme
/// spokesman Jane Roe"; or where the model was unsure): a run of proper-noun tokens outside every mention
/// whose words are exactly one entity's name or alias becomes a mention of that entity. A form that fits
/// several entities is left alone rather than guessed.
/// </summary>
internal static class NameEchoes
{
    private const int LongestName = 5;
    private const double Confidence = 0.8;

    public static void Apply(Document document, EntityBook book)
    {
        var forms = new Dictionary<string, (string Name, string Type)?>(StringComparer.Ordinal);
        foreach (var (name, type, mentions) in book.Entities)
        {
            if (!EntityTypes.IsNamed(type))
            {
                continue;
            }

            foreach (var form in mentions.Where(m => m.Kind == MentionKind.Name).Select(m => m.Text).Append(name))
            {
                var key = NameKey.Of(form);
                if (key.Length == 0)
                {
                    continue;
                }

                // A form already known for another entity (or already ambiguous) fits several: no echo for it.
                forms[key] = forms.TryGetValue(key, out var known) && (known is null || known.Value.Name != name) ? null : (name, type);
            }
        }

        var covered = book.Entities.SelectMany(e => e.Mentions)
            .SelectMany(m => Enumerable.Range(m.StartToken, m.EndToken - m.StartToken).Select(i => (m.SentenceIndex, i)))
            .ToHashSet();
        foreach (var sentence in document.Sentences)
        {
            var tokens = sentence.Tokens;
            for (var start = 0; start < tokens.Count; start++)
            {
                for (var end = Math.Min(tokens.Count, start + LongestName); end > start; end--)
                {
                    if (!Enumerable.Range(start, end - start).All(i => tokens[i].Upos == "PROPN" && !covered.Contains((sentence.Index, i))))
                    {
                        continue;
                    }

                    var span = new Graph.Core.Model.TextSpan(tokens[start].Span.Start, tokens[end - 1].Span.End);
                    var text = document.Text[span.Start..span.End];
                    if (forms.TryGetValue(NameKey.Of(text), out var entity) && entity is { } e)
                    {
                        book.AddMention(e.Name, new Mention(sentence.Index, start, end, span, text, e.Type) { Confidence = Confidence });
                        for (var i = start; i < end; i++)
                        {
                            covered.Add((sentence.Index, i));
                        }

                        start = end - 1;
                        break;
                    }
                }
            }
        }
    }
}
