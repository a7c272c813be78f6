using Graph.Core.Model;

namespace Graph.Extraction.Text;

/// <summary>
/// Groups the tokens of a text into sentences. Works on tokens rather than characters because the
/// tokenizer has already decided which full stops belong to words ("U.S.", "Mr.", "3.5", "J.").
/// A sentence ends at ".", "!", "?" or "..." (taking a closing quote or bracket with it) unless a
/// lower-case word follows; after an abbreviation that can end a sentence ("U.S.", "Inc.") only when
/// a typical sentence opener follows; never after a title or an initial ("Mr.", "J."). A blank line
/// always ends a sentence; so does a line break unless the next line goes on in lower case, which
/// makes a headline without a full stop its own sentence. A bullet ("•") starts a new sentence.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Capitalised words that usually open a sentence: after "U.S." they mean a new one begins.</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "From", "With", "By", "As", "If", "When", "While",
        "After", "Before", "Although", "Though", "Since", "Because", "However", "Meanwhile", "Its", "His", "Her",
        "Their", "Our", "My", "What", "Who", "Why", "How", "Where", "Which", "Some", "Many", "Most", "Both", "All",
        "No", "Not", "Last", "Next", "Now", "Then", "Still", "Also", "Other", "Such", "Each", "Under", "Over",
    };

    /// <summary>The sentences of <paramref name="text"/>, each with its tokens (spans point into <paramref name="text"/>).</summary>
    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = Tokenizer.Tokenize(text);
        var sentences = new List<Sentence>();
        var first = 0;
        for (var k = 0; k < spans.Count; k++)
        {
            var last = k;
            var end = false;
            if (IsTerminal(text, spans[k]))
            {
                // A closing quote or bracket written against the stop belongs to this sentence.
                while (last + 1 < spans.Count && IsCloser(text, spans[last + 1]) && spans[last + 1].Start == spans[last].End)
                {
                    last++;
                }

                end = last + 1 >= spans.Count || StartsNewSentence(text, spans[last], spans[last + 1], afterAbbreviation: false);
            }
            else if (EndsWithStop(text, spans[k]) && !Abbreviations.IsTitleOrInitial(Word(text, spans[k])))
            {
                end = last + 1 < spans.Count && StartsNewSentence(text, spans[last], spans[last + 1], afterAbbreviation: true);
            }

            if (!end && last + 1 < spans.Count)
            {
                end = IsHardBreak(text, spans[last], spans[last + 1]);
            }

            if (end || last + 1 >= spans.Count)
            {
                sentences.Add(Build(text, sentences.Count, spans, first, last));
                first = last + 1;
            }

            k = last;
        }

        return sentences;
    }

    private static Sentence Build(string text, int index, IReadOnlyList<TextSpan> spans, int first, int last)
    {
        var tokens = new Token[last - first + 1];
        for (var i = first; i <= last; i++)
        {
            tokens[i - first] = new Token(i - first, text[spans[i].Start..spans[i].End], spans[i]);
        }

        var span = new TextSpan(spans[first].Start, spans[last].End);
        return new Sentence(index, span, text[span.Start..span.End], tokens);
    }

    private static ReadOnlySpan<char> Word(string text, TextSpan s) => text.AsSpan(s.Start, s.Length);

    private static bool IsTerminal(string text, TextSpan s)
    {
        var w = Word(text, s);
        foreach (var c in w)
        {
            if (c is not ('.' or '!' or '?'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWithStop(string text, TextSpan s) => s.Length > 1 && text[s.End - 1] == '.';

    private static bool IsCloser(string text, TextSpan s) => s.Length == 1 && text[s.Start] is '"' or '\'' or ')' or ']' or '}';

    /// <summary>Whether the token after a full stop opens a new sentence.</summary>
    private static bool StartsNewSentence(string text, TextSpan before, TextSpan next, bool afterAbbreviation)
    {
        var w = Word(text, next);
        var c = w[0];
        if (char.IsLower(c) || c is ',' or ';' or ':' or ')' or '%')
        {
            return false;
        }

        if (!afterAbbreviation)
        {
            return true;
        }

        // "in the U.S. The talks …" ends; "the U.S. Senate" does not.
        return Openers.Contains(w.ToString()) || c is '"' or '(' || IsHardBreak(text, before, next);
    }

    /// <summary>A blank line, a line break before a line that does not go on in lower case, or a bullet.</summary>
    private static bool IsHardBreak(string text, TextSpan before, TextSpan next)
    {
        var newlines = 0;
        for (var i = before.End; i < next.Start; i++)
        {
            if (text[i] == '\n')
            {
                newlines++;
            }
        }

        var first = text[next.Start];
        if (first is '\u2022' or '\u25AA' or '\u25CF' or '\u2023' or '\u2043')
        {
            return true;
        }

        if (newlines >= 2)
        {
            return true;
        }

        return newlines == 1 && !char.IsLower(first) && text[before.End - 1] is not (',' or ';' or ':' or '-' or '(' or '&');
    }
}
