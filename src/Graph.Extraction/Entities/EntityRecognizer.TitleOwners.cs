using Graph.Extraction.Text;

namespace Graph.Extraction.Entities;

public sealed partial class EntityRecognizer
{
    /// <summary>
    /// "Federal Reserve chairman Alan Greenspan", "Activision chief executive Bobby Kotick": the model often tags the
    /// person and leaves the capitalised words before the title untagged, though they name whose title it is — the
    /// most common way news says who leads or works for what. A run of them outside every span, right before a
    /// person's title words, becomes an organisation, or a place when the gazetteer knows the whole run as one
    /// ("Paris mayor X"; a place inside a longer run is part of a name: "Lib Dem").
    /// Not before "Secretary" or "Minister": there the words name a portfolio ("Home Secretary", "Work and Pensions
    /// Secretary"), not a body. Words that date or qualify the title ("Former", "Shadow") are not part of the name.
    /// </summary>
    private void AddTitleOwners(Sentence sentence, string[] words, List<GazetteerMatch> places, List<Span> spans)
    {
        var tokens = sentence.Tokens;
        foreach (var person in spans.Where(s => s.Type == EntityTypes.Person && s.Kind == MentionKind.Name).ToList())
        {
            var end = person.Start;
            while (end > 0 && IsTitleWord(words, places, end - 1))
            {
                end--;
            }

            if (end == person.Start || PortfolioTitles.Contains(words[end]))
            {
                continue;
            }

            // The model found only the end of the owner's name ("Tollbridge [Reserve] chairman"): it starts earlier.
            var owner = spans.FindIndex(s => s.Type == EntityTypes.Organization && s.Kind == MentionKind.Name && s.End == end);
            if (owner >= 0)
            {
                spans[owner] = spans[owner] with { Start = OwnerStart(tokens, words, spans, spans[owner].Start) };
                continue;
            }

            // "Former Tory chancellor", "Conservative Shadow chancellor": qualifiers of the title at either end of the run.
            var start = OwnerStart(tokens, words, spans, end);
            while (end > start && TitleQualifiers.Contains(words[end - 1]))
            {
                end--;
            }

            // "Police chief X" at the start of a sentence: a lone common noun there is a word, not a name.
            var loneNoun = start == 0 && end == 1 && tokens[0].Upos == "NOUN";
            if (start < end && end - start <= 4 && !loneNoun)
            {
                var place = places.Any(p => p.Start == start && p.End == end && p.Entry.Class != GazetteerClass.Title);
                spans.Add(new Span(place ? EntityTypes.Location : EntityTypes.Organization, start, end));
            }
        }
    }

    /// <summary>
    /// Where the owner's name starts when it ends at <paramref name="from"/>: back over owner words outside every span,
    /// then forward past qualifiers of the title ("Former"), but not beyond <paramref name="from"/>.
    /// </summary>
    private static int OwnerStart(IReadOnlyList<Token> tokens, string[] words, List<Span> spans, int from)
    {
        var start = from;
        while (start > 0 && IsOwnerWord(tokens[start - 1], start - 1) && !spans.Any(s => s.Start <= start - 1 && start - 1 < s.End))
        {
            start--;
        }

        while (start < from && TitleQualifiers.Contains(words[start]))
        {
            start++;
        }

        return start;
    }

    // A capitalised word that can be part of a name: any such word inside a sentence ("Lib Dem"); at its start, where
    // every word is capitalised, a noun or adjective that is no common sentence opener (taggers take "Meanwhile" for a
    // name), and a common noun only with more of the name after it (see AddTitleOwners). Never a determiner or pronoun.
    private static bool IsOwnerWord(Token token, int index) =>
        IsCapitalized(token.Text) && token.Upos is not ("DET" or "PRON" or "ADP" or "CCONJ" or "SCONJ" or "ADV" or "NUM" or "PUNCT")
        && (index > 0 || token.Upos is "PROPN" or "ADJ" or "NOUN" && !SentenceOpeners.Contains(token.Text));

    /// <summary>Words that open English sentences capitalised without naming anything.</summary>
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "Meanwhile", "However", "Yesterday", "Today", "Tonight", "Tomorrow", "Now", "Then", "Also", "Still", "Earlier",
        "Later", "Last", "Next", "Instead", "Separately", "Elsewhere", "Indeed", "Recently", "Previously", "Currently",
    };

    private bool IsTitleWord(string[] words, List<GazetteerMatch> places, int index) =>
        Gazetteer.TryGet(words[index], out var entry) && entry.Class == GazetteerClass.Title
        || places.Any(p => p.Entry.Class == GazetteerClass.Title && p.Start <= index && index < p.End)
        || IsOfficeWord(words[index]);

    /// <summary>Titles whose capitalised words before them name a portfolio, not an organisation.</summary>
    private static readonly HashSet<string> PortfolioTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "secretary", "minister", "ministers", "secretaries", "commissioner", "spokesperson", "spokesman", "spokeswoman",
    };

    /// <summary>Words before a title that say when or how it is held, not whose it is.</summary>
    private static readonly HashSet<string> TitleQualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "former", "new", "shadow", "acting", "then", "outgoing", "incoming", "interim", "late", "veteran", "senior",
        "junior", "deputy", "vice", "first", "current", "retiring", "ex",
    };
}
