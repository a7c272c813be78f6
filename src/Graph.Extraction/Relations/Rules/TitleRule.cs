using Graph.Extraction.References;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations.Rules;

/// <summary>
/// Role nouns that tie a named holder to an organisation or place: before the name ("Chinese President
/// Justin Trudeau", "Pentagon spokesman John Kirby"), in apposition ("X, the leader of Germany's Social
/// Democratic Party"), as a predicate ("X is a Guardian columnist"), and place nouns ("the Italian city of Turin",
/// "the northern province of Salta"). The title's relation comes from the ontology's "titles" lists.
/// </summary>
internal sealed class TitleRule : IRelationRule
{
    private const double Prenominal = 0.9;
    private const double Apposition = 0.85;
    private const double Predicate = 0.85;
    private const double PlaceName = 0.8;
    private const double Described = 0.8;
    private const double Adjacent = 0.75;

    public void Apply(RuleContext context)
    {
        var sentence = context.Sentence;
        // An adjective ends a title only as the last word of a longer one ("chief executive" tagged as an adjective).
        foreach (var title in sentence.Tokens.Where(t => t.Upos is "NOUN" or "PROPN" or "ADJ"))
        {
            var signal = Match(context, title);
            if (signal is null || (title.Upos == "ADJ" && signal.Words.Count < 2))
            {
                continue;
            }

            var (holders, strength, holderTokens) = HoldersOf(context, title, signal);
            if (holders.Count == 0)
            {
                continue;
            }

            var objects = ObjectsOf(context, title, signal, holderTokens, holders);
            context.Emit(signal.Relation, holders, objects, title, title, "title", strength);
        }
    }

    /// <summary>The longest title ending in this word whose earlier words stand right before it ("prime minister").</summary>
    private static TitleSignal? Match(RuleContext context, Token token)
    {
        // The lemma first, then the form as written when it differs (asked of every noun: no array or set per token).
        var lemma = token.Word();
        var form = token.Text.ToLowerInvariant();
        return MatchWord(context, token, lemma) ?? (string.Equals(form, lemma, StringComparison.Ordinal) ? null : MatchWord(context, token, form));
    }

    private static TitleSignal? MatchWord(RuleContext context, Token token, string word)
    {
        var tokens = context.Sentence.Tokens;
        foreach (var signal in context.Lexicon.Titles(word))
        {
            var start = token.Index - (signal.Words.Count - 1);
            if (start < 0)
            {
                continue;
            }

            var fits = true;
            for (var k = 0; k < signal.Words.Count - 1 && fits; k++)
            {
                fits = tokens[start + k].Text.Equals(signal.Words[k], StringComparison.OrdinalIgnoreCase);
            }

            if (fits)
            {
                return signal;
            }
        }

        return null;
    }

    /// <summary>Who holds the title: the name it precedes or stands in apposition to, the subject of a copula, or (for a place noun) its "of" phrase.</summary>
    private static (IReadOnlyList<ResolvedMention> Holders, double Strength, IReadOnlyList<Token> Tokens) HoldersOf(RuleContext context, Token title, TitleSignal signal)
    {
        var sentence = context.Sentence;
        var args = context.Arguments;
        // "the Mexican president", resolved by reference resolution to the person holding the role.
        var described = args.Of(title);
        if (described.Count > 0)
        {
            return (described, Described, [title]);
        }

        var head = sentence.HeadOf(title);
        if (head is not null && (title.Is("compound") || title.Is("flat") || title.Is("nmod:desc") || title.Is("amod")) && args.Of(head).Count > 0)
        {
            return (args.Of(head), Prenominal, [head]);
        }

        if (head is not null && title.Is("appos") && args.Of(head).Count > 0)
        {
            return (args.Of(head), Apposition, [head]);
        }

        var names = sentence.Kids(title, "flat", "appos").Where(c => args.Of(c).Count > 0).ToList();
        if (names.Count > 0)
        {
            return (Arguments.Distinct(names.SelectMany(args.Of)), Prenominal, names);
        }

        // "the Ryazan region", "Peru's Cusco province": a name compounded before a place noun is the place.
        // A demonym is what the place is in ("the Peruvian city of X"), not the place; an "of" phrase names it instead.
        var compounds = sentence.Kids(title, "compound")
            .Where(c => c.Upos == "PROPN" && c.Index < title.Index && args.Of(c) is { Count: > 0 } m && m.All(x => x.Via == "name"))
            .ToList();
        if (compounds.Count > 0 && !Clauses.Introduced(sentence, title, "of").Any() && !context.Lexicon.Ontology.RelationType(signal.Relation).AllowsSubject(Entities.EntityTypes.Person))
        {
            return (Arguments.Distinct(compounds.SelectMany(args.Of)), Prenominal, compounds);
        }

        if (sentence.Kids(title, "cop").Any())
        {
            var subjects = sentence.Kids(title, "nsubj").ToList();
            return (Arguments.Distinct(subjects.SelectMany(args.OfConjuncts)), Predicate, subjects);
        }

        // "X became the head of Y", "Y elected X president", "X served as president of Y".
        if (title.Is("xcomp") || (title.Is("obl") && sentence.CaseOf(title) == "as"))
        {
            var verb = sentence.HeadOf(title);
            var subjects = title.Is("xcomp")
                ? Clauses.SubjectOf(sentence, title).Subjects
                : verb is null ? [] : Clauses.SubjectOf(sentence, verb).Subjects;
            var named = Arguments.Distinct(subjects.SelectMany(args.OfConjuncts));
            if (named.Count > 0)
            {
                return (named, Predicate, [.. subjects]);
            }
        }

        var of = Clauses.Introduced(sentence, title, "of").Where(o => args.Of(o).Count > 0).Take(1).ToList();
        if (of.Count > 0)
        {
            return (Arguments.Distinct(of.SelectMany(args.Of)), PlaceName, of);
        }

        // "German Chancellor Olaf Scholz hosted …" parsed with the title as the root: English puts the holder's
        // name straight after a prenominal title, whatever tree the parser built.
        var next = title.Index + 1 < sentence.Tokens.Count ? sentence.Tokens[title.Index + 1] : null;
        if (next is not null && next.Upos == "PROPN" && args.Of(next).Count > 0 && !args.Of(next).Intersect(args.Of(title)).Any())
        {
            return (args.Of(next), Adjacent, [next]);
        }

        return AppositionBySurface(context, title, signal);
    }

    /// <summary>
    /// "Mr X, Halvard Bank's chief executive, said …" however the parser attached the title: a person named right
    /// before a comma, then the title phrase with its possessor ("the bank's", "Halvard Bank's") and a closing comma.
    /// </summary>
    private static (IReadOnlyList<ResolvedMention> Holders, double Strength, IReadOnlyList<Token> Tokens) AppositionBySurface(RuleContext context, Token title, TitleSignal signal)
    {
        var tokens = context.Sentence.Tokens;
        var args = context.Arguments;
        var closes = title.Index + 1 < tokens.Count && tokens[title.Index + 1].Text is "," or "." or ";";
        var at = title.Index - signal.Words.Count;
        if (!closes || at < 2 || tokens[at].Text is not ("'s" or "’s" or "'" or "’"))
        {
            return ([], 0, []);
        }

        // The possessor: a name (its words all belong to mentions), or "the" + a noun.
        var owner = at - 1;
        while (owner > 0 && args.Of(tokens[owner]).Count > 0 && args.Of(tokens[owner - 1]).Count > 0)
        {
            owner--;
        }

        if (args.Of(tokens[owner]).Count == 0 && owner > 0 && tokens[owner - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            owner--;
        }

        var comma = owner - 1;
        if (comma < 1 || tokens[comma].Text != ",")
        {
            return ([], 0, []);
        }

        var holder = tokens[comma - 1];
        var people = args.Of(holder).Where(m => m.Type == Entities.EntityTypes.Person).ToList();
        return people.Count > 0 ? (people, Apposition, [holder]) : ([], 0, []);
    }

    /// <summary>
    /// What the title is of: its prepositional phrases ("head of X", "spokesman for X"; through a place noun:
    /// "leader of the region of X"), else the names and demonyms modifying it ("Pentagon spokesman",
    /// "Canadian Prime Minister", "Germany's chancellor"). A modifier beyond a common-noun modifier qualifies that
    /// noun, not the title ("Russian opposition leader" is not a leader of Russia), so it is left out.
    /// </summary>
    private static IReadOnlyList<ResolvedMention> ObjectsOf(
        RuleContext context, Token title, TitleSignal signal, IReadOnlyList<Token> holderTokens, IReadOnlyList<ResolvedMention> holders)
    {
        var sentence = context.Sentence;
        var args = context.Arguments;
        var prepositions = context.Lexicon.Ontology.RelationType(signal.Relation).SignalWords("prepositions");
        // "Peru's envoy to the UN": with a named possessor, a "to" phrase is where the holder is sent, not whom
        // they serve ("an adviser to X" has no possessor and serves X).
        var possessed = sentence.Kids(title, "nmod:poss").Any(p => args.Of(p).Count > 0);
        var phrases = sentence.Kids(title, "nmod", "obl")
            .Where(n => !holderTokens.Contains(n) && prepositions.Contains(sentence.CaseOf(n), StringComparer.Ordinal))
            .Where(n => !(possessed && sentence.CaseOf(n) == "to"));
        var found = Arguments.Distinct(phrases.SelectMany(p => ThroughPlaceNouns(context, p, 0)));
        if (found.Count > 0)
        {
            return found;
        }

        var modifiers = Modifiers(context, title, title)
            .Concat(holderTokens.SelectMany(h => Modifiers(context, h, title)));
        var named = Arguments.Distinct(modifiers.SelectMany(args.Of).Where(m => !holders.Contains(m)));
        if (named.Count > 0)
        {
            return named;
        }

        // "Brazilian President Lula" however the parser attached "Brazilian": the name or demonym right before the
        // title; also before capitalised words of the office and a possessive ("Iraq's Trade Minister").
        var tokens = sentence.Tokens;
        var start = title.Index - (signal.Words.Count - 1) - 1;
        for (var steps = 0; start >= 0 && steps < 4; steps++, start--)
        {
            var token = tokens[start];
            var leftward = args.Of(token).Where(m => !holders.Contains(m)).ToList();
            if (leftward.Count > 0)
            {
                return token.Upos is "ADJ" or "PROPN" ? leftward : [];
            }

            var officeWord = token.Upos is "PROPN" or "ADJ" or "NOUN" && token.Text.Length > 0 && char.IsUpper(token.Text[0]);
            if (!officeWord && token.Text is not ("'s" or "’s" or "'" or "’"))
            {
                return [];
            }
        }

        return [];
    }

    /// <summary>"the northern province of Salta" stands for Salta: a place noun's "of" phrase names it.</summary>
    private static IReadOnlyList<ResolvedMention> ThroughPlaceNouns(RuleContext context, Token phrase, int depth)
    {
        var args = context.Arguments;
        var direct = args.OfConjuncts(phrase);
        if (direct.Count > 0 || depth > 1 || !context.Lexicon.IsTitleWord(phrase.Word()))
        {
            return direct.Count > 0 ? direct : args.Owner(phrase);
        }

        return Arguments.Distinct(Clauses.Introduced(context.Sentence, phrase, "of").SelectMany(p => ThroughPlaceNouns(context, p, depth + 1)));
    }

    /// <summary>The naming modifiers of <paramref name="head"/> left of <paramref name="title"/>, nearest first, stopping at a common noun.</summary>
    private static IEnumerable<Token> Modifiers(RuleContext context, Token head, Token title)
    {
        var kids = context.Sentence.Kids(head, "compound", "amod", "nmod:poss", "nmod:desc")
            .Where(k => k != title && k.Index < title.Index)
            .OrderByDescending(k => k.Index);
        foreach (var kid in kids)
        {
            // "Iran's foreign ministry spokesman": a body of the named owner (an organisation word) does not break the chain.
            if (kid.Upos == "NOUN" && !kid.Is("nmod:poss") && context.Arguments.Of(kid).Count == 0)
            {
                if (Entities.OrganizationWords.IsSuffix(kid.Word()))
                {
                    continue;
                }

                yield break;
            }

            yield return kid;
        }
    }
}
