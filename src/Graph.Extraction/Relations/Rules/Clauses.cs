using Graph.Extraction.Text;

namespace Graph.Extraction.Relations.Rules;

/// <summary>The subject of a clause and its voice, also where the subject is shared or implied.</summary>
internal static class Clauses
{
    /// <summary>
    /// The tokens that stand as the grammatical subject of <paramref name="verb"/>, and whether the clause
    /// is passive. Shared subjects are found the way English shares them: a conjunct takes its first
    /// conjunct's ("was blocked by A and then criticized by B"), an infinitive its controller ("urged X to
    /// warn": X), a participle the clause it hangs on ("posted a message criticizing Y": the poster).
    /// </summary>
    public static (IReadOnlyList<Token> Subjects, bool Passive) SubjectOf(Sentence sentence, Token verb, int depth = 0)
    {
        var ownPassive = sentence.Kids(verb, "aux:pass", "nsubj:pass").Any();
        var subjects = sentence.Kids(verb, "nsubj").ToList();
        if (subjects.Count > 0 || depth > 4)
        {
            return (subjects, ownPassive);
        }

        var head = sentence.HeadOf(verb);
        if (head is null)
        {
            return ([], ownPassive);
        }

        if (verb.Is("conj"))
        {
            var (shared, headPassive) = SubjectOf(sentence, head, depth + 1);
            var hasObject = sentence.Kids(verb, "obj").Any();
            return (shared, ownPassive || (headPassive && !hasObject && verb.Xpos is null or "VBN"));
        }

        if (verb.Is("xcomp"))
        {
            var controller = sentence.Kids(head, "obj", "iobj").ToList();
            return controller.Count > 0 ? (controller, ownPassive) : (SubjectOf(sentence, head, depth + 1).Subjects, ownPassive);
        }

        if (verb.Is("advcl"))
        {
            return (SubjectOf(sentence, head, depth + 1).Subjects, ownPassive);
        }

        if (verb.Is("acl") && !verb.Is("acl:relcl"))
        {
            // "the leader criticized by X": a past participle modifying its patient.
            if (verb.Xpos == "VBN" || sentence.Kids(verb, "obl:agent").Any())
            {
                return ([head], true);
            }

            // "a message criticizing X" posted by someone: the author of the message is the agent.
            var governor = sentence.HeadOf(head);
            if (head.Upos == "NOUN" && head.Is("obj") && governor is not null)
            {
                return (SubjectOf(sentence, governor, depth + 1).Subjects, ownPassive);
            }

            return ([head], ownPassive);
        }

        return ([], ownPassive);
    }

    /// <summary>
    /// The light verb that carries a signal noun, if any: the noun is its object ("issued a warning to X") or its
    /// oblique after a preposition that only completes the verb ("agreed to a merger with X", "engaged in talks with X").
    /// </summary>
    public static Token? LightVerbOf(Sentence sentence, Token noun)
    {
        var verb = sentence.HeadOf(noun);
        if (verb is null || !Grammar.LightVerbs.Contains(verb.Word()))
        {
            return null;
        }

        return noun.Is("obj") || (noun.Is("obl") && Grammar.LightVerbPrepositions.Contains(sentence.CaseOf(noun))) ? verb : null;
    }

    /// <summary>The agent of a passive: "obl:agent", or an oblique introduced by "by".</summary>
    public static IEnumerable<Token> AgentsOf(Sentence sentence, Token verb) =>
        sentence.Kids(verb, "obl", "nmod").Where(o => o.Is("obl:agent") || sentence.CaseOf(o) == Grammar.Agent);

    /// <summary>Obliques and nominal modifiers of <paramref name="head"/> introduced by <paramref name="preposition"/>.</summary>
    public static IEnumerable<Token> Introduced(Sentence sentence, Token head, string preposition) =>
        sentence.Kids(head, "obl", "nmod", "advcl").Where(o => !o.Is("nmod:poss") && sentence.CaseOf(o) == preposition);
}
