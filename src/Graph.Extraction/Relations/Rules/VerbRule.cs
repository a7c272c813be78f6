using Graph.Extraction.References;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations.Rules;

/// <summary>
/// Clauses headed by a signal verb: active ("India criticized X", "met with X", "called for X",
/// "held talks with X"), passive ("X was blocked by China"), with shared, controlled or implied subjects
/// (see <see cref="Clauses.SubjectOf"/>) and coordinated arguments on either side. A symmetric verb
/// with coordinated subjects and no object relates the subjects to each other ("A and B met").
/// </summary>
internal sealed class VerbRule : IRelationRule
{
    private const double Active = 0.9;
    private const double Passive = 0.85;
    private const double Reciprocal = 0.8;
    private const double ThroughOwner = 0.8;

    public void Apply(RuleContext context)
    {
        var sentence = context.Sentence;
        foreach (var verb in sentence.Tokens.Where(t => t.Upos is "VERB"))
        {
            // Most verbs signal no relation: look that up before working out the subject, which only reads the tree.
            var signals = context.Lexicon.VerbsOf(verb);
            if (signals.Count == 0)
            {
                continue;
            }

            var (subjectTokens, passive) = SubjectOf(context, verb, 0);
            foreach (var signal in signals)
            {
                if (passive ? TryPassive(context, verb, subjectTokens, signal) : TryActive(context, verb, subjectTokens, signal))
                {
                    break;
                }
            }
        }
    }

    private static bool TryActive(RuleContext context, Token verb, IReadOnlyList<Token> subjectTokens, VerbSignal signal)
    {
        var sentence = context.Sentence;
        var args = context.Arguments;
        var subjects = Arguments.Distinct(subjectTokens.SelectMany(args.OfConjuncts));
        var strength = Active;
        if (subjects.Count == 0)
        {
            // "Chilean drones attacked …", "Peruvian officials criticised …": a common-noun subject that names no
            // entity acts for the country or organisation that modifies it.
            // A role noun is not its owner ("the head of X criticised …" is not X criticising).
            subjects = Arguments.Distinct(subjectTokens
                .Where(t => t.Upos == "NOUN" && !context.Lexicon.IsTitleWord(t.Word()))
                .SelectMany(args.Owner));
            strength = Active * ThroughOwner;
            if (subjects.Count == 0)
            {
                return false;
            }
        }

        var objects = ObjectsOf(context, verb, signal);
        if (objects.Count > 0)
        {
            return context.Emit(signal.Relation, subjects, objects, verb, verb, signal.Noun is null ? "verb" : "light-verb", strength);
        }

        // "A and B met", "A and B signed a deal": a symmetric relation among coordinated subjects.
        var definition = context.Lexicon.Ontology.RelationType(signal.Relation);
        var complete = signal.Noun is null || context.Sentence.Kids(verb, "obj").Any(o => IsNoun(o, signal.Noun));
        return definition.Symmetric && complete
            && context.EmitPairs(signal.Relation, subjects, verb, verb, "verb-reciprocal", Reciprocal);
    }

    private static bool TryPassive(RuleContext context, Token verb, IReadOnlyList<Token> patientTokens, VerbSignal signal)
    {
        if (signal.Noun is not null)
        {
            return false;
        }

        var args = context.Arguments;
        var agents = Arguments.Distinct(Clauses.AgentsOf(context.Sentence, verb).SelectMany(args.OfConjuncts));
        var patients = Arguments.Distinct(patientTokens.SelectMany(args.OfConjuncts));
        return agents.Count > 0 && patients.Count > 0
            && context.Emit(signal.Relation, agents, patients, verb, verb, "passive", Passive);
    }

    /// <summary>The other party, where the signal says it stands: after its preposition, as the object, or after a light noun.</summary>
    private static IReadOnlyList<ResolvedMention> ObjectsOf(RuleContext context, Token verb, VerbSignal signal)
    {
        var sentence = context.Sentence;
        var args = context.Arguments;
        if (signal.Noun is not null)
        {
            var noun = sentence.Kids(verb, "obj").FirstOrDefault(o => IsNoun(o, signal.Noun));
            if (noun is null)
            {
                // "called X his best friend": the noun is a predicate of the object, and the object the party.
                var predicate = sentence.Kids(verb, "xcomp").FirstOrDefault(o => IsNoun(o, signal.Noun));
                return predicate is null || signal.Preposition is not null
                    ? []
                    : Arguments.Distinct(sentence.Kids(verb, "obj").SelectMany(args.OfConjuncts));
            }

            if (signal.Preposition is null)
            {
                return args.OfConjuncts(noun);
            }

            return Arguments.Distinct(Clauses.Introduced(sentence, noun, signal.Preposition)
                .Concat(Clauses.Introduced(sentence, verb, signal.Preposition))
                .SelectMany(args.OfConjuncts));
        }

        if (signal.Preposition is not null)
        {
            // "took over X" (a particle, X the object) or "called for X" (a preposition, X its oblique).
            var particle = sentence.Kids(verb, "compound:prt").Any(p => p.IsWord(signal.Preposition));
            var via = particle ? sentence.Kids(verb, "obj") : Clauses.Introduced(sentence, verb, signal.Preposition);
            return Arguments.Distinct(via.SelectMany(args.OfConjuncts));
        }

        var direct = Arguments.Distinct(sentence.Kids(verb, "obj").SelectMany(args.OfConjuncts));
        if (direct.Count > 0)
        {
            return direct;
        }

        // "urged the FSA to act" with the party taken for an indirect object.
        var indirect = Arguments.Distinct(sentence.Kids(verb, "iobj").SelectMany(args.OfConjuncts));
        if (indirect.Count > 0)
        {
            return indirect;
        }

        // "urged the UN to intervene" read as a subject of "intervene": the party urged is the verb's object.
        var raised = Arguments.Distinct(RaisedObjects(sentence, verb).SelectMany(args.OfConjuncts));
        if (raised.Count > 0)
        {
            return raised;
        }

        // "denounced Vienna's decision": an object that names no entity stands for its possessor.
        var owners = Arguments.Distinct(sentence.Kids(verb, "obj")
            .SelectMany(o => sentence.Kids(o, "nmod:poss"))
            .SelectMany(args.OfConjuncts));
        if (owners.Count > 0)
        {
            return owners;
        }

        // "met with X": a bare verb whose party comes with one of the relation's prepositions.
        var prepositions = context.Lexicon.Ontology.RelationType(signal.Relation).SignalWords("prepositions");
        return Arguments.Distinct(sentence.Kids(verb, "obl")
            .Where(o => prepositions.Contains(sentence.CaseOf(o), StringComparer.Ordinal))
            .SelectMany(args.OfConjuncts));
    }

    /// <summary>
    /// The subject of an infinitive under the verb ("urged X to act", "helped X to win"), which is the verb's own
    /// object in English grammar though a parser may hang it on the infinitive.
    /// </summary>
    private static IEnumerable<Token> RaisedObjects(Sentence sentence, Token verb) =>
        sentence.Kids(verb, "xcomp", "ccomp")
            .Where(c => c.Index > verb.Index && sentence.Kids(c, "mark").Any(m => m.IsWord("to")))
            .SelectMany(c => sentence.Kids(c, "nsubj"))
            .Where(n => n.Index > verb.Index);

    /// <summary>
    /// The clause's subject (see <see cref="Clauses.SubjectOf"/>); where the parser left a finite clause without
    /// one, the recovered subject, shared with the conjuncts that follow ("X, …, was blocked by A and criticized by B").
    /// </summary>
    private static (IReadOnlyList<Token> Subjects, bool Passive) SubjectOf(RuleContext context, Token verb, int depth)
    {
        var sentence = context.Sentence;
        var (subjects, passive) = Clauses.SubjectOf(sentence, verb);
        if (subjects.Count > 0 || depth > 4)
        {
            return (subjects, passive);
        }

        var head = sentence.HeadOf(verb);
        if (verb.Is("conj") && head is not null && head.Upos == "VERB")
        {
            var (shared, headPassive) = SubjectOf(context, head, depth + 1);
            var hasObject = sentence.Kids(verb, "obj").Any();
            return (shared, passive || (headPassive && !hasObject && verb.Xpos is null or "VBN"));
        }

        return IsFinite(sentence, verb)
            ? (RecoveredSubject(context, verb), passive || sentence.Kids(verb, "aux:pass").Any())
            : (subjects, passive);
    }

    /// <summary>
    /// A verb with tense or an auxiliary: it must have a subject, even where the parser found none. A clause-level
    /// participle with an object and no auxiliary is a past tense the tagger took for a participle ("sought X").
    /// </summary>
    private static bool IsFinite(Sentence sentence, Token verb) =>
        verb.Xpos is "VBD" or "VBZ" or "VBP"
        || sentence.Kids(verb, "aux", "aux:pass").Any(a => a.Index < verb.Index)
        || (verb.Xpos == "VBN" && (verb.Is("root") || verb.Is("conj") || verb.Is("ccomp") || verb.Is("parataxis")) && sentence.Kids(verb, "obj").Any());

    /// <summary>
    /// The subject of a finite clause the parser left without one ("Days later, X, the head of Y, sought Z"
    /// with X hung on "later"): the nominal right before the verb group, else the nearest entity before it
    /// that no preposition introduces and no other verb takes as its subject or object.
    /// </summary>
    private static IReadOnlyList<Token> RecoveredSubject(RuleContext context, Token verb)
    {
        var tokens = context.Sentence.Tokens;
        var i = verb.Index - 1;
        while (i >= 0 && tokens[i].Upos is "AUX" or "ADV" or "PART")
        {
            i--;
        }

        if (i >= 0 && tokens[i].Upos is "NOUN" or "PROPN" && context.Arguments.Of(tokens[i]).Count > 0 && Free(tokens[i]))
        {
            return [tokens[i]];
        }

        for (var j = i; j >= 0; j--)
        {
            var t = tokens[j];
            if (t.Upos is "PROPN" or "NOUN" && context.Arguments.Of(t).Count > 0 && Free(t) && HeadsItsMention(t)
                && context.Sentence.CaseOf(t).Length == 0 && !t.Is("nmod:poss"))
            {
                return [t];
            }
        }

        return [];

        // Not the argument of another verb, except the subject of a verb further right, which spans this one
        // ("X, the head of Y, sought Z and became W": the parser gave X to "became" only).
        bool Free(Token t) =>
            t.Head == verb.Index
            || !(t.Is("nsubj") || t.Is("obj") || t.Is("iobj"))
            || (t.Is("nsubj") && t.Head > verb.Index);

        // "Communist" in "the Communist Party": only the word the mention hangs by speaks for it.
        bool HeadsItsMention(Token t)
        {
            var parent = context.Sentence.HeadOf(t);
            return parent is null || !context.Arguments.Of(parent).Intersect(context.Arguments.Of(t)).Any();
        }
    }

    private static bool IsNoun(Token token, string noun) =>
        token.IsWord(noun) || string.Equals(token.Word() + "s", noun, StringComparison.Ordinal);
}
