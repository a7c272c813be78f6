using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>Whether a sentence asserts a relation as having happened.</summary>
public enum Assertion
{
    /// <summary>Stated as a fact (also in reported speech: "India said it had criticized X").</summary>
    Fact,

    /// <summary>Stated as not having happened ("did not meet"): emitted with negated = true.</summary>
    Negated,

    /// <summary>A possibility, wish, plan, condition or future: not a fact, not emitted.</summary>
    NotAFact,
}

/// <summary>
/// Reads negation and modality off the tree: a negator on the predicate negates it; a modal or future
/// auxiliary, a conditional subordinator or a verb of hypothesis on the predicate or on any clause above
/// it makes it not a fact. Negation does not climb: "he said they did not meet" negates the meeting,
/// "he did not say they met" leaves the meeting as reported (the reader cannot tell, and the guidelines
/// count reported speech).
/// </summary>
internal static class Factuality
{
    public static Assertion Of(Sentence sentence, Token predicate)
    {
        var negated = IsNegated(sentence, predicate);
        var node = predicate;

        // A nominal predicate is presupposed ("discussed his meeting with X": the meeting happened), unless
        // it is the object of a light verb, which then carries the assertion ("would issue a warning").
        if (node.Upos is "NOUN" or "PROPN")
        {
            var verb = Rules.Clauses.LightVerbOf(sentence, node);
            if (verb is null)
            {
                return negated ? Assertion.Negated : Assertion.Fact;
            }

            negated |= IsNegated(sentence, verb);
            node = verb;
        }

        for (var steps = 0; steps <= sentence.Tokens.Count; steps++)
        {
            if (IsIrrealis(sentence, node))
            {
                return Assertion.NotAFact;
            }

            var head = sentence.HeadOf(node);
            if (head is null)
            {
                break;
            }

            var clausal = IsClausal(node.DepRel);
            if (clausal && !node.Is("conj") && Grammar.Hypothetical.Contains(head.Word()))
            {
                return Assertion.NotAFact;
            }

            // A conjunct without its own subject or auxiliaries shares its first conjunct's ("would meet and praise").
            var sharedConjunct = node.Is("conj") && !sentence.Kids(node, "aux", "nsubj").Any();
            if (!clausal || node.Is("acl:relcl") || (node.Is("conj") && !sharedConjunct))
            {
                break;
            }

            node = head;
        }

        return negated ? Assertion.Negated : Assertion.Fact;
    }

    /// <summary>True when the token carries a negator: "not/never" as advmod, "no" as a determiner ("no meeting").</summary>
    public static bool IsNegated(Sentence sentence, Token predicate) =>
        sentence.Kids(predicate, "advmod", "det", "neg", "cc:preconj")
            .Any(c => (Grammar.Negators.Contains(c.Text.ToLowerInvariant()) || Grammar.Negators.Contains(c.Word())) && !IsNotOnly(sentence, c));

    /// <summary>"Not only is X a buyer of Y, but …" asserts, it does not deny.</summary>
    private static bool IsNotOnly(Sentence sentence, Token negator) =>
        negator.Index + 1 < sentence.Tokens.Count && sentence.Tokens[negator.Index + 1].Text.Equals("only", StringComparison.OrdinalIgnoreCase);

    private static bool IsIrrealis(Sentence sentence, Token clause) =>
        sentence.Kids(clause, "aux").Any(a => Grammar.Modals.Contains(a.Text.ToLowerInvariant()) || Grammar.Modals.Contains(a.Word()))
        || sentence.Kids(clause, "mark").Any(m => Grammar.Conditionals.Contains(m.Word()));

    /// <summary>
    /// Clauses whose assertion depends on the clause above: complements ("might argue that …", "wants to …")
    /// and conjuncts. An adverbial or a loosely joined (parataxis) clause asserts on its own: "Spain would
    /// protest because Morocco attacked Ceuta" still says Morocco attacked.
    /// </summary>
    private static bool IsClausal(string deprel) =>
        Dependencies.Is(deprel, "ccomp") || Dependencies.Is(deprel, "xcomp") || Dependencies.Is(deprel, "csubj")
        || Dependencies.Is(deprel, "acl") || Dependencies.Is(deprel, "conj");
}
