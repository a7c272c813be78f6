using Graph.Core.Model;
using Graph.Extraction.References;

namespace Graph.Extraction.Relations;

/// <summary>
/// One relation found in one sentence: who (<see cref="Subject"/>) stands in <see cref="Relation"/> to whom
/// (<see cref="Object"/>), with the rule that found it, the word that triggered it, whether the sentence
/// negates it, and a confidence in 0..1 (rule strength × the confidence of each resolved argument).
/// </summary>
public sealed record RelationFact(
    string Relation,
    ResolvedMention Subject,
    ResolvedMention Object,
    int SentenceIndex,
    TextSpan Trigger,
    string Rule,
    double Confidence,
    bool Negated = false)
{
    public override string ToString() =>
        $"{Subject.Name} -{Relation}{(Negated ? " (negated)" : string.Empty)}-> {Object.Name} [{Rule} {Confidence:0.00}]";
}
