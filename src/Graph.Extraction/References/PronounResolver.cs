using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Text;

namespace Graph.Extraction.References;

/// <summary>
/// Resolves personal and possessive pronouns, and plural descriptions like "the two leaders", to the
/// entities mentioned before them. A pronoun takes the most salient compatible antecedent: in its own
/// sentence the subject before it, else the nearest one before it; in the sentences before (at most
/// <see cref="Window"/>), the nearest sentence's subject, else its last compatible mention. "He/she"
/// want a PERSON whose gender the article has not shown to be the other one; "it" an organisation or
/// place; "they" a group or the last pair of people. A non-reflexive object pronoun never takes the
/// subject of its own verb ("Lula praised him").
/// </summary>
internal sealed class PronounResolver(Document document, EntityBook book, MentionTable table)
{
    private const int Window = 3;
    private const double PronounConfidence = 0.8;
    private const double PairConfidence = 0.7;

    private static readonly Dictionary<string, Kind> Pronouns = new(StringComparer.Ordinal)
    {
        ["he"] = Kind.Male, ["him"] = Kind.Male, ["his"] = Kind.Male, ["himself"] = Kind.Male,
        ["she"] = Kind.Female, ["her"] = Kind.Female, ["hers"] = Kind.Female, ["herself"] = Kind.Female,
        ["it"] = Kind.Thing, ["its"] = Kind.Thing, ["itself"] = Kind.Thing,
        ["they"] = Kind.Plural, ["them"] = Kind.Plural, ["their"] = Kind.Plural, ["themselves"] = Kind.Plural,
    };

    /// <summary>Number words of "the two leaders", "both leaders".</summary>
    private static readonly HashSet<string> Two = new(StringComparer.Ordinal) { "two", "both" };

    private readonly List<Seen> history = [];
    private readonly Dictionary<string, Kind> gender = new(StringComparer.Ordinal);
    private (string A, string B, int Sentence)? lastPair;

    private enum Kind
    {
        Male,
        Female,
        Thing,
        Plural,
        Organization,
    }

    public void Apply()
    {
        var byStart = book.Entities
            .SelectMany(e => e.Mentions.Where(m => m.Kind != MentionKind.Pronoun).Select(m => (e.Name, e.Type, Mention: m)))
            .ToLookup(x => (x.Mention.SentenceIndex, x.Mention.StartToken));
        foreach (var sentence in document.Sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                foreach (var (name, type, mention) in byStart[(sentence.Index, token.Index)])
                {
                    var head = Syntax.HeadToken(sentence, mention);
                    history.Add(new Seen(name, type, sentence.Index, head.Index, Syntax.IsSubject(sentence, head)));
                }

                if (Pronouns.TryGetValue(token.Text.ToLowerInvariant(), out var kind) && token.Upos is "PRON" or "DET" or "X")
                {
                    Resolve(sentence, token, kind);
                }
                else if (token.Upos == "NOUN" && IsPairDescription(sentence, token))
                {
                    ResolvePair(sentence, token);
                }
                else if (token.Upos == "NOUN" && IsOrganizationDescription(sentence, token))
                {
                    Resolve(sentence, token, Kind.Organization);
                }
            }
        }
    }

    private void Resolve(Sentence sentence, Token pronoun, Kind kind)
    {
        if (kind == Kind.Plural)
        {
            ResolvePlural(sentence, pronoun);
            return;
        }

        var antecedent = Candidates(sentence, pronoun, kind).FirstOrDefault();
        if (antecedent is null)
        {
            return;
        }

        if (kind is Kind.Male or Kind.Female)
        {
            gender.TryAdd(antecedent.Name, kind);
        }

        Record(sentence, pronoun, antecedent.Name, antecedent.Type, PronounConfidence);
    }

    /// <summary>Compatible antecedents, most salient first.</summary>
    private IEnumerable<Seen> Candidates(Sentence sentence, Token pronoun, Kind kind)
    {
        var ownSubjects = ClauseSubjects(sentence, pronoun);
        var compatible = history
            .Where(s => s.Sentence >= sentence.Index - Window)
            .Where(s => Fits(s, kind))
            .Where(s => !(s.Sentence == sentence.Index && ownSubjects.Contains(s.Token)))
            .ToList();
        var here = compatible.Where(s => s.Sentence == sentence.Index).ToList();
        foreach (var s in here.Where(s => s.Subject).Reverse().Concat(Enumerable.Reverse(here)))
        {
            yield return s;
        }

        foreach (var group in compatible.Where(s => s.Sentence < sentence.Index).GroupBy(s => s.Sentence).OrderByDescending(g => g.Key))
        {
            foreach (var s in group.Where(s => s.Subject).Concat(group.Reverse()))
            {
                yield return s;
            }
        }
    }

    private bool Fits(Seen seen, Kind kind) => kind switch
    {
        Kind.Male or Kind.Female => seen.Type == EntityTypes.Person && (!gender.TryGetValue(seen.Name, out var known) || known == kind),
        Kind.Thing => seen.Type is EntityTypes.Organization or EntityTypes.Location,
        Kind.Organization => seen.Type is EntityTypes.Organization,
        _ => false,
    };

    /// <summary>"they/their": the last pair of people if named in this or the last sentence, else the nearest group.</summary>
    private void ResolvePlural(Sentence sentence, Token pronoun)
    {
        if (lastPair is { } pair && pair.Sentence >= sentence.Index - 1)
        {
            Record(sentence, pronoun, pair.A, EntityTypes.Person, PairConfidence);
            Record(sentence, pronoun, pair.B, EntityTypes.Person, PairConfidence);
            return;
        }

        var group = history.LastOrDefault(s => s.Type == EntityTypes.Group && s.Sentence >= sentence.Index - 1);
        if (group is not null)
        {
            Record(sentence, pronoun, group.Name, group.Type, PronounConfidence);
        }
    }

    /// <summary>"the two leaders": a plural noun with "two"/"both" and no name of its own.</summary>
    /// <remarks>The cheap tests first: every noun of the article is asked, and a scan of the sentence for dependents comes last.</remarks>
    private bool IsPairDescription(Sentence sentence, Token noun) =>
        (noun.Xpos is null or "NNS" || noun.Text.EndsWith('s'))
        && table.Find(sentence, noun).Count == 0
        && sentence.Children(noun).Any(c => Two.Contains(c.Text.ToLowerInvariant()));

    /// <summary>
    /// "The company has also accused X", "the group said": a bare definite "the" + a singular kind-of-body noun
    /// refers back like "it", but only to an organisation.
    /// </summary>
    private bool IsOrganizationDescription(Sentence sentence, Token noun) =>
        OrganizationDescriptions.Contains(noun.Text.ToLowerInvariant())
        && table.Find(sentence, noun).Count == 0
        && sentence.Children(noun).Any(c => c.DepRel == "det" && c.Text.Equals("the", StringComparison.OrdinalIgnoreCase))
        && !sentence.Children(noun).Any(c => c.DepRel is "amod" or "compound" or "nmod:poss" or "nmod" or "appos" or "acl" or "acl:relcl");

    private static readonly HashSet<string> OrganizationDescriptions = new(StringComparer.Ordinal)
    {
        "company", "firm", "bank", "group", "carmaker", "insurer", "lender", "retailer", "airline", "broadcaster",
        "newspaper", "party", "organisation", "organization", "agency", "regulator", "watchdog", "conglomerate",
    };

    private void ResolvePair(Sentence sentence, Token noun)
    {
        var people = history.Where(s => s.Type == EntityTypes.Person && s.Sentence >= sentence.Index - Window)
            .Select(s => s.Name).Reverse().Distinct().Take(2).ToList();
        if (people.Count < 2)
        {
            return;
        }

        Record(sentence, noun, people[0], EntityTypes.Person, PairConfidence);
        Record(sentence, noun, people[1], EntityTypes.Person, PairConfidence);
        lastPair = (people[1], people[0], sentence.Index);
    }

    private void Record(Sentence sentence, Token token, string name, string type, double confidence)
    {
        table.Add(sentence.Index, token.Index, token.Index + 1, new ResolvedMention(name, type, token.Span, confidence) { Via = "pronoun" });
        book.AddMention(name, new Mention(sentence.Index, token.Index, token.Index + 1, token.Span, token.Text, type) { Kind = MentionKind.Pronoun, Confidence = confidence });
        history.Add(new Seen(name, type, sentence.Index, token.Index, Syntax.IsSubject(sentence, token)));
    }

    /// <summary>
    /// The subjects of the clause a non-reflexive object pronoun or description sits in, with every word of their
    /// phrases: none can be its antecedent ("Kestrel Bank chairman X criticised the regulator" is not about Kestrel Bank).
    /// </summary>
    private static HashSet<int> ClauseSubjects(Sentence sentence, Token pronoun)
    {
        if (pronoun.Text.EndsWith("self", StringComparison.OrdinalIgnoreCase) || !(pronoun.DepRel is "obj" or "iobj") || pronoun.Head < 0)
        {
            return [];
        }

        var subjects = sentence.Children(sentence.Tokens[pronoun.Head]).Where(c => c.DepRel.StartsWith("nsubj", StringComparison.Ordinal)).Select(c => c.Index).ToHashSet();
        return [.. sentence.Tokens.Where(t => subjects.Contains(t.Index) || WithinPhraseOf(sentence, t, subjects)).Select(t => t.Index)];
    }

    // Whether a head above the token (a few steps up at most: noun phrases are shallow) is one of the subjects.
    private static bool WithinPhraseOf(Sentence sentence, Token token, HashSet<int> subjects)
    {
        var head = token.Head;
        for (var steps = 0; head >= 0 && steps < 6; steps++)
        {
            if (subjects.Contains(head))
            {
                return true;
            }

            head = sentence.Tokens[head].Head;
        }

        return false;
    }

    private sealed record Seen(string Name, string Type, int Sentence, int Token, bool Subject);
}
