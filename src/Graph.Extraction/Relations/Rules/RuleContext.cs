using Graph.Extraction.References;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations.Rules;

/// <summary>What a rule works on (one parsed sentence, the lexicon, argument resolution) and where it puts what it finds.</summary>
internal sealed class RuleContext(Sentence sentence, SignalLexicon lexicon, IMentionLookup lookup)
{
    private readonly List<RelationFact> facts = [];

    public Sentence Sentence { get; } = sentence;

    public SignalLexicon Lexicon { get; } = lexicon;

    public Arguments Arguments { get; } = new(sentence, lookup);

    public IReadOnlyList<RelationFact> Facts => facts;

    /// <summary>
    /// Records every subject × object pair that the ontology allows for <paramref name="relation"/>, with the
    /// assertion read off <paramref name="predicate"/>; returns whether anything was (or would have been, but
    /// for modality) recorded, so a rule can stop trying weaker readings.
    /// </summary>
    public bool Emit(
        string relation,
        IEnumerable<ResolvedMention> subjects,
        IEnumerable<ResolvedMention> objects,
        Token trigger,
        Token predicate,
        string rule,
        double strength)
    {
        var definition = Lexicon.Ontology.RelationType(relation);
        var pairs = (from s in subjects
                     from o in objects
                     where s.Name != o.Name && definition.AllowsSubject(s.Type) && definition.AllowsObject(o.Type)
                     select (s, o)).ToList();
        if (pairs.Count == 0)
        {
            return false;
        }

        var assertion = Factuality.Of(Sentence, predicate);
        if (assertion == Assertion.NotAFact)
        {
            return true;
        }

        foreach (var (s, o) in pairs)
        {
            facts.Add(new RelationFact(
                relation,
                s,
                o,
                Sentence.Index,
                trigger.Span,
                rule,
                Math.Clamp(strength * s.Confidence * o.Confidence, 0, 1),
                assertion == Assertion.Negated));
        }

        return true;
    }

    /// <summary>Every unordered pair of distinct entities: "A and B met", "fighting between A and B".</summary>
    public bool EmitPairs(string relation, IReadOnlyList<ResolvedMention> parties, Token trigger, Token predicate, string rule, double strength)
    {
        var any = false;
        for (var i = 0; i < parties.Count; i++)
        {
            for (var j = i + 1; j < parties.Count; j++)
            {
                any |= Emit(relation, [parties[i]], [parties[j]], trigger, predicate, rule, strength);
            }
        }

        return any;
    }
}
