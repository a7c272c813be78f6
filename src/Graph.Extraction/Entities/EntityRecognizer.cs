using Graph.Core.Model;
using Graph.Extraction.Models.Ner;
using Graph.Extraction.Text;

namespace Graph.Extraction.Entities;

/// <summary>
/// Finds the entity mentions of a document: the trained sequence model (<see cref="NerModel"/>) proposes
/// PERSON/ORGANIZATION/LOCATION spans; lexicons then correct what a statistical model gets wrong for GUIDELINES:
/// titles move out of person names ("President"), country names are places even when they act ("U.S." → LOCATION,
/// referent "United States"), names ending in an organisation word are organisations ("… Party"), country
/// adjectives stand for their country ("Russian" → Russia), and unnamed GROUP/EVENT descriptions are found by
/// their head noun ("nationalists", "peace talks", "war in Ukraine").
/// </summary>
public sealed partial class EntityRecognizer(NerModel model)
{
    private static readonly Lazy<EntityRecognizer> DefaultRecognizer = new(() => new EntityRecognizer(NerModel.Default));

    /// <summary>The recognizer with the embedded model and gazetteer.</summary>
    public static EntityRecognizer Default => DefaultRecognizer.Value;

    private Gazetteer Gazetteer => model.Gazetteer;

    /// <summary>
    /// The mentions of <paramref name="document"/> (which must be split into sentences), in document order; sets
    /// <see cref="Token.Ner"/> on every token. GROUP/EVENT descriptions use the tagger's parts of speech when the
    /// sentences have been tagged, so tag first where the tagger is available.
    /// </summary>
    /// <exception cref="InvalidOperationException">The document has text but no sentences.</exception>
    public IReadOnlyList<Mention> Recognize(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Sentences.Count == 0 && !string.IsNullOrWhiteSpace(document.Text))
        {
            throw new InvalidOperationException($"article '{document.Article.Id}' is not split into sentences: prepare it with DocumentPreparer.Prepare first");
        }

        var mentions = new List<Mention>();
        foreach (var sentence in document.Sentences)
        {
            mentions.AddRange(Recognize(document.Text, sentence));
        }

        return NamePropagation.AddRepeats(document, mentions);
    }

    /// <summary>The mentions of one sentence of <paramref name="text"/>.</summary>
    public IReadOnlyList<Mention> Recognize(string text, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = sentence.Tokens;
        var words = new string[tokens.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = tokens[i].Text;
        }

        var places = Gazetteer.Match(words);
        var tags = model.Predict(words, places);
        var spans = new List<Span>();
        foreach (var (type, start, end) in NerTags.Spans(tags))
        {
            if (Correct(words, places, new Span(type, start, end)) is { } span)
            {
                spans.Add(span);
            }
        }

        // "Secretary of State", "Attorney General": a span inside a multi-word title is part of the title, not a name.
        spans.RemoveAll(s => places.Any(p => p.Entry.Class == GazetteerClass.Title && p.End - p.Start >= 2 && p.Start <= s.Start && s.End <= p.End));
        AddPlacesTheModelMissed(words, places, spans);
        AddDescribedOrganizations(words, spans);
        AddTitleOwners(sentence, words, places, spans);
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));

        var mentions = new List<Mention>();
        foreach (var span in spans)
        {
            mentions.Add(ToMention(text, sentence, span));
        }

        foreach (var token in tokens)
        {
            token.Ner = "O";
        }

        foreach (var span in spans.Where(s => EntityTypes.IsNamed(s.Type)))
        {
            for (var i = span.Start; i < span.End; i++)
            {
                tokens[i].Ner = (i == span.Start ? "B-" : "I-") + span.Type;
            }
        }

        mentions.AddRange(NominalMentions.Find(text, sentence, words, spans));
        mentions.Sort((a, b) => a.StartToken.CompareTo(b.StartToken));
        return mentions;
    }

    /// <summary>A proposed mention: type, tokens [Start, End), what kind, the referent a lexicon gives.</summary>
    internal sealed record Span(string Type, int Start, int End, MentionKind Kind = MentionKind.Name, string? Referent = null);

    /// <summary>Fixes one model span by the lexicons; null when nothing of it is a name.</summary>
    private Span? Correct(string[] words, List<GazetteerMatch> places, Span span)
    {
        var start = span.Start;
        var end = span.End;
        // Titles and determiners are not part of a name: "President Xi Jinping" → "Xi Jinping", "the Kremlin" → "Kremlin".
        while (start < end && (IsTitle(words, start, end) || words[start] is "the" or "The"))
        {
            start++;
        }

        while (end > start && !words[end - 1].Any(char.IsLetterOrDigit))
        {
            end--;
        }

        if (start == end || !words.AsSpan(start, end - start).ToArray().Any(w => w.Length > 0 && char.IsUpper(w[0]) || w.Any(char.IsDigit)))
        {
            return null;
        }

        // Religions and their adjectives are capitalised but name no PERSON, ORGANIZATION or LOCATION.
        if (end - start == 1 && NotNames.Contains(words[start]))
        {
            return null;
        }

        // A title alone ("President" said …) names nobody.
        if (end - start == 1 && Gazetteer.TryGet(words[start], out var lone) && lone.Class == GazetteerClass.Title)
        {
            return null;
        }

        var type = span.Type;
        var name = string.Join(' ', words[start..end]);

        // A world capital is a place whatever the model guessed ("Warsaw had summoned …" is no person).
        if (References.WorldCapitals.CountryOf(name) is not null)
        {
            type = EntityTypes.Location;
        }

        // "UK bank Barclays", "carmaker Nissan", "the gaming company X": a common noun right before the name says
        // it is an organisation.
        else if (start > 0 && end - start <= 3 && OrganizationNouns.Contains(words[start - 1]))
        {
            type = EntityTypes.Organization;
        }

        var whole = places.FirstOrDefault(p => p.Start == start && p.End == end);
        if (whole.Entry is { Class: GazetteerClass.Country })
        {
            // A country is a LOCATION even where it acts ("the U.S. imposed sanctions").
            return new Span(EntityTypes.Location, start, end, MentionKind.Name, Referent(words, start, end, whole.Entry));
        }

        if (whole.Entry is { Class: GazetteerClass.Demonym } && end - start == 1)
        {
            return new Span(EntityTypes.Location, start, end, MentionKind.Demonym, whole.Entry.Canonical);
        }

        // "Wagner Group", "Communist Party": a name that ends in an organisation word names an organisation.
        if (end < words.Length && OrganizationWords.IsSuffix(words[end]) && char.IsUpper(words[end][0]))
        {
            end++;
            type = EntityTypes.Organization;
        }
        else if (OrganizationWords.IsSuffix(words[end - 1]) && end - start > 1)
        {
            type = EntityTypes.Organization;
        }

        if (type == EntityTypes.Organization && OrganizationWords.IsSuffix(words[end - 1]))
        {
            end = OfPhraseEnd(words, end);
        }
        else if (IsDescribedAsOrganization(words, end))
        {
            type = EntityTypes.Organization;
        }

        return new Span(type, start, end);
    }

    /// <summary>
    /// "School" + "of Government and Public Service": after an organisation word, an "of" followed by capitalised
    /// words (joined by "and", "&amp;", "the") continues the name. Returns the new end.
    /// </summary>
    private static int OfPhraseEnd(string[] words, int end)
    {
        if (end + 1 >= words.Length || words[end] != "of" || !IsCapitalized(words[end + 1]))
        {
            return end;
        }

        var last = end;
        for (var i = end + 1; i < words.Length; i++)
        {
            if (IsCapitalized(words[i]))
            {
                last = i + 1;
            }
            else if (words[i] is not ("and" or "&" or "the" or "for" or "of"))
            {
                break;
            }
        }

        return last;
    }

    /// <summary>An apposition that says what the name is: "Dozhd, the Russian broadcaster" names an organisation.</summary>
    private static bool IsDescribedAsOrganization(string[] words, int end)
    {
        if (end + 2 >= words.Length || words[end] != "," || words[end + 1] is not ("the" or "a" or "an"))
        {
            return false;
        }

        for (var i = end + 2; i < Math.Min(words.Length, end + 6); i++)
        {
            if (OrganizationNouns.Contains(words[i]))
            {
                return true;
            }

            if (words[i] is "," or "." or "of" or "who" or "which")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Capitalised words a model trained on news tags as names but GUIDELINES does not count: religions and their adjectives.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "Islam", "Islamic", "Islamist", "Islamists", "Muslim", "Muslims", "Christian", "Christians", "Christianity",
        "Jewish", "Jew", "Jews", "Judaism", "Hindu", "Hindus", "Hinduism", "Buddhist", "Buddhists", "Buddhism",
        "Catholic", "Catholics", "Protestant", "Protestants", "Orthodox", "Sunni", "Sunnis", "Shia", "Shiite",
        "Shiites", "Sikh", "Sikhs", "Evangelical", "Evangelicals",
    };

    /// <summary>Common nouns that say a name is an organisation when they describe it in apposition.</summary>
    private static readonly HashSet<string> OrganizationNouns = new(StringComparer.Ordinal)
    {
        "broadcaster", "newspaper", "channel", "network", "agency", "company", "firm", "group", "party", "bank",
        "organization", "organisation", "outlet", "magazine", "website", "station", "publisher", "carrier", "airline",
        "manufacturer", "maker", "producer", "retailer", "lender", "insurer", "conglomerate", "militia", "movement",
        "think-tank", "institute", "university", "charity", "union", "club", "team", "ministry", "parliament", "court",
        "carmaker", "automaker", "giant", "broker", "chain", "supermarket", "operator", "startup", "start-up",
        "regulator", "watchdog", "conglomerate", "broadcasters", "firms", "companies", "banks", "newspapers", "insurers",
        "rival", "subsidiary", "unit", "carrier", "exchange", "daily", "tabloid", "outlet",
    };

    private static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private bool IsTitle(string[] words, int index, int end) =>
        index < end - 1 && Gazetteer.TryGet(words[index], out var entry) && entry.Class == GazetteerClass.Title
        || (index < end - 1 && IsOfficeWord(words[index]) && index + 1 < end && Gazetteer.TryGet(words[index + 1], out var next) && next.Class == GazetteerClass.Title);

    /// <summary>Capitalised words that start a title without being one alone ("Prime Minister", "Foreign Secretary").</summary>
    private static bool IsOfficeWord(string word) => word is "Prime" or "Vice" or "Deputy" or "Foreign" or "Defence" or "Defense";

    private static string? Referent(string[] words, int start, int end, GazetteerEntry entry) =>
        string.Join(' ', words[start..end]) == entry.Canonical ? null : entry.Canonical;

    /// <summary>Countries and country adjectives the model left untagged (capitalised, outside every span).</summary>
    private static void AddPlacesTheModelMissed(string[] words, List<GazetteerMatch> places, List<Span> spans)
    {
        foreach (var place in places)
        {
            if (place.Entry.Class is not (GazetteerClass.Country or GazetteerClass.Demonym) || spans.Any(s => s.Start < place.End && place.Start < s.End))
            {
                continue;
            }

            spans.Add(place.Entry.Class == GazetteerClass.Country
                ? new Span(EntityTypes.Location, place.Start, place.End, MentionKind.Name, Referent(words, place.Start, place.End, place.Entry))
                : new Span(EntityTypes.Location, place.Start, place.End, MentionKind.Demonym, place.Entry.Canonical));
        }
    }

    /// <summary>Capitalised words the model left untagged that an apposition calls an organisation ("Dozhd, the … broadcaster").</summary>
    private static void AddDescribedOrganizations(string[] words, List<Span> spans)
    {
        for (var end = 2; end < words.Length; end++)
        {
            if (!IsDescribedAsOrganization(words, end) || !IsCapitalized(words[end - 1]) || spans.Any(s => s.Start < end && end - 1 < s.End))
            {
                continue;
            }

            var start = end - 1;
            while (start > 1 && IsCapitalized(words[start - 1]) && !spans.Any(s => s.Start < start && start - 1 < s.End))
            {
                start--;
            }

            spans.Add(new Span(EntityTypes.Organization, start, end));
        }
    }

    private Mention ToMention(string text, Sentence sentence, Span span)
    {
        var tokens = sentence.Tokens;
        var textSpan = new TextSpan(tokens[span.Start].Span.Start, tokens[span.End - 1].Span.End);
        string? title = null;
        TextSpan? titleSpan = null;
        if (span.Type == EntityTypes.Person)
        {
            var titleStart = TitleStart(sentence, span.Start);
            if (titleStart < span.Start)
            {
                titleSpan = new TextSpan(tokens[titleStart].Span.Start, tokens[span.Start - 1].Span.End);
                title = text[titleSpan.Value.Start..titleSpan.Value.End];
            }
        }

        return new Mention(sentence.Index, span.Start, span.End, textSpan, text[textSpan.Start..textSpan.End], span.Type)
        {
            Kind = span.Kind,
            Referent = span.Referent,
            Title = title,
            TitleSpan = titleSpan,
        };
    }

    /// <summary>
    /// Where the title before a person's name starts: title words ("Prime Minister", "spokesman"), and one
    /// capitalised word before them that says whose title it is ("Chinese President", "Kremlin spokesman").
    /// </summary>
    private int TitleStart(Sentence sentence, int nameStart)
    {
        var tokens = sentence.Tokens;
        var start = nameStart;
        while (start > 0 && (Gazetteer.TryGet(tokens[start - 1].Text, out var entry) && entry.Class == GazetteerClass.Title
            || IsOfficeWord(tokens[start - 1].Text) || tokens[start - 1].Text is "former" or "Former"))
        {
            start--;
        }

        if (start < nameStart && start > 0 && char.IsUpper(tokens[start - 1].Text[0])
            && tokens[start - 1].Text is not ("The" or "A" or "An" or "His" or "Her" or "Its" or "Their" or "Our" or "My" or "Your" or "This" or "That"))
        {
            start--;
        }

        return start;
    }
}
