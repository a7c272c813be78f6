using Graph.Core.Model;
using Graph.Extraction.Text;

namespace Graph.Extraction.Entities;

/// <summary>
/// Unnamed GROUP and EVENT mentions, found by their head noun (<see cref="NominalLexicon"/>) with the modifiers
/// before it and, for events, a place after a preposition ("war in Ukraine"). Uses the tagger's part of speech
/// where the sentence has been tagged, and the lexicon's modifier list where it has not.
/// </summary>
internal static class NominalMentions
{
    public static IEnumerable<Mention> Find(string text, Sentence sentence, string[] words, List<EntityRecognizer.Span> named)
    {
        var tokens = sentence.Tokens;
        var tagged = tokens.Any(t => t.Upos != "X");
        var covered = new bool[words.Length];
        foreach (var s in named)
        {
            covered.AsSpan(s.Start, s.End - s.Start).Fill(true);
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (covered[i] || words[i].Length == 0 || char.IsUpper(words[i][0]) && i > 0)
            {
                continue;
            }

            var isEvent = NominalLexicon.EventHeads.Contains(words[i]);
            var isGroup = !isEvent && NominalLexicon.GroupHeads.Contains(words[i]);
            if (!isEvent && !isGroup)
            {
                continue;
            }

            if (tagged ? tokens[i].Upos != "NOUN" : !LooksNominal(words, i, isEvent))
            {
                continue;
            }

            // A head followed by another head noun is a modifier ("peace talks": "peace" is not the head).
            if (i + 1 < words.Length && (NominalLexicon.EventHeads.Contains(words[i + 1]) || NominalLexicon.GroupHeads.Contains(words[i + 1]))
                && (!tagged || tokens[i + 1].Upos == "NOUN"))
            {
                continue;
            }

            var start = i;
            while (start > 0 && start > i - 2 && IsModifier(tokens, words, start - 1, tagged, named))
            {
                start--;
            }

            var end = i + 1;
            if (isEvent && end + 1 < words.Length && NominalLexicon.EventPrepositions.Contains(words[end]))
            {
                var place = named.FirstOrDefault(s => s.Start == end + 1 && s.Type == EntityTypes.Location);
                if (place is not null)
                {
                    end = place.End;
                }
            }

            var span = new TextSpan(tokens[start].Span.Start, tokens[end - 1].Span.End);
            yield return new Mention(sentence.Index, start, end, span, text[span.Start..span.End], isEvent ? EntityTypes.Event : EntityTypes.Group)
            {
                Kind = MentionKind.Nominal,
                Confidence = 0.6,
            };
        }
    }

    /// <summary>Without a tagger: a head noun that is not a verb use ("he talks") — preceded by a determiner, modifier, name or sentence start, or plural.</summary>
    private static bool LooksNominal(string[] words, int i, bool isEvent)
    {
        if (!isEvent || !NominalLexicon.AmbiguousEventHeads.Contains(words[i]))
        {
            return true;
        }

        var previous = i > 0 ? words[i - 1] : string.Empty;
        return previous is "the" or "a" or "an" or "his" or "her" or "its" or "their" or "this" or "that" or "of" or "for" or "'s"
            || NominalLexicon.Modifiers.Contains(previous);
    }

    private static bool IsModifier(IReadOnlyList<Token> tokens, string[] words, int index, bool tagged, List<EntityRecognizer.Span> named)
    {
        // A country adjective or short name before a group ("US officials", "Russian troops") belongs to it.
        if (named.Any(s => s.End == index + 1 && s.Start == index && s.Type == EntityTypes.Location))
        {
            return true;
        }

        if (named.Any(s => s.Start <= index && index < s.End))
        {
            return false;
        }

        return tagged
            ? tokens[index].Upos is "ADJ" or "NOUN" && char.IsLower(words[index][0])
            : NominalLexicon.Modifiers.Contains(words[index]) && char.IsLower(words[index][0]);
    }
}
