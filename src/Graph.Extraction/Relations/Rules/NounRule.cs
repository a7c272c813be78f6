using Graph.Extraction.References;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations.Rules;

/// <summary>
/// Nominalisations: "X's attack on Y", "his meeting with Y", "NATO support for Y", "the Russian
/// invasion of Y", "fighting between A and B", "their partnership", and signal nouns carried by a light
/// verb ("X issued a warning to Y"). The object may be named through what it owns ("a buyer of Russian
/// arms" → Russia), at a lower confidence.
/// </summary>
internal sealed class NounRule : IRelationRule
{
    private const double Possessive = 0.85;
    private const double Between = 0.85;
    private const double LightVerb = 0.8;
    private const double Modifier = 0.75;
    private const double ThroughOwner = 0.8;
    private const double Predicate = 0.8;

    public void Apply(RuleContext context)
    {
        var sentence = context.Sentence;
        foreach (var noun in sentence.Tokens.Where(t => t.Upos is "NOUN" or "PROPN" || (t.Upos == "VERB" && t.Xpos == "VBG")))
        {
            var signals = context.Lexicon.NounsOf(noun);

            foreach (var signal in signals)
            {
                if (TryNoun(context, noun, signal))
                {
                    break;
                }
            }
        }
    }

    private static bool TryNoun(RuleContext context, Token noun, NounSignal signal)
    {
        var sentence = context.Sentence;
        var args = context.Arguments;
        var symmetric = context.Lexicon.Ontology.RelationType(signal.Relation).Symmetric;

        // "fighting between A and B": each conjunct is a party.
        if (symmetric && signal.Prepositions.Contains("between"))
        {
            foreach (var between in Clauses.Introduced(sentence, noun, "between"))
            {
                var parties = args.PerConjunct(between).Select(p => p[0]).ToList();
                if (parties.Count >= 2 && context.EmitPairs(signal.Relation, parties, noun, noun, "noun-between", Between))
                {
                    return true;
                }
            }
        }

        if (noun.Upos == "VERB")
        {
            // A gerund ("there has been fighting between A and B") counts as a noun for "between" only.
            return false;
        }

        var (subjects, strength) = SubjectsOf(context, noun);
        if (subjects.Count == 0)
        {
            return false;
        }

        var objectTokens = signal.Prepositions.Where(p => p != "between")
            .SelectMany(p => Clauses.Introduced(sentence, noun, p).Concat(LightVerbObliques(sentence, noun, p)))
            .Where(o => !subjects.Any(s => args.Of(o).Contains(s)))
            .ToList();
        var objects = Arguments.Distinct(objectTokens.SelectMany(args.OfConjuncts));
        if (objects.Count > 0)
        {
            return context.Emit(signal.Relation, subjects, objects, noun, noun, "noun", strength);
        }

        var owners = Arguments.Distinct(objectTokens.SelectMany(args.Owner));
        if (owners.Count > 0)
        {
            return context.Emit(signal.Relation, subjects, owners, noun, noun, "noun-owner", strength * ThroughOwner);
        }

        // "their partnership", "the two leaders' meeting": a plural possessor names both parties.
        return symmetric && subjects.Count >= 2
            && context.EmitPairs(signal.Relation, subjects, noun, noun, "noun-reciprocal", strength);
    }

    /// <summary>
    /// Who does what the noun names: its possessor ("Iraq's invasion"), a naming modifier ("NATO support",
    /// "the Russian invasion"), a "by" phrase ("the attack by X"), or the subject of the light verb whose
    /// object it is ("X issued a warning").
    /// </summary>
    private static (IReadOnlyList<ResolvedMention> Subjects, double Strength) SubjectsOf(RuleContext context, Token noun)
    {
        var sentence = context.Sentence;
        var args = context.Arguments;
        var possessors = Arguments.Distinct(sentence.Kids(noun, "nmod:poss").SelectMany(args.OfConjuncts));
        if (possessors.Count > 0)
        {
            return (possessors, Possessive);
        }

        var agents = Arguments.Distinct(Clauses.Introduced(sentence, noun, Grammar.Agent).SelectMany(args.OfConjuncts));
        if (agents.Count > 0)
        {
            return (agents, Possessive);
        }

        // A modifier inside the noun's own mention ("general strike") names the noun, not its agent.
        var own = args.Of(noun);
        var modifiers = Arguments.Distinct(sentence.Kids(noun, "compound", "amod").SelectMany(args.Of).Where(m => !own.Contains(m)));
        if (modifiers.Count > 0)
        {
            return (modifiers, Modifier);
        }

        // "X is a major buyer of Y", "X, a major buyer of Y".
        if (sentence.Kids(noun, "cop").Any())
        {
            return (Arguments.Distinct(sentence.Kids(noun, "nsubj").SelectMany(args.OfConjuncts)), Predicate);
        }

        var verb = sentence.HeadOf(noun);
        if (verb is not null && noun.Is("appos"))
        {
            return (args.Of(verb), Predicate);
        }

        var light = Clauses.LightVerbOf(sentence, noun);
        if (light is not null)
        {
            var (subjectTokens, passive) = Clauses.SubjectOf(sentence, light);
            if (!passive)
            {
                return (Arguments.Distinct(subjectTokens.SelectMany(args.OfConjuncts)), LightVerb);
            }
        }

        return ([], 0);
    }

    /// <summary>"issued a warning to X": the party may hang on the light verb rather than on the noun.</summary>
    private static IEnumerable<Token> LightVerbObliques(Sentence sentence, Token noun, string preposition)
    {
        var verb = Clauses.LightVerbOf(sentence, noun);
        return verb is not null ? Clauses.Introduced(sentence, verb, preposition).Where(o => o != noun) : [];
    }
}
