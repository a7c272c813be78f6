using Graph.Core.Ontology;
using Graph.Extraction.References;
using Graph.Extraction.Relations.Rules;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// Reads the relations of the ontology off parsed sentences (tokens with lemma, UPOS, head and
/// dependency relation). Which words signal which relation comes from the ontology; the rules know
/// only English grammar. Stateless after construction: one instance serves any number of threads.
/// </summary>
public sealed class RelationExtractor
{
    private readonly SignalLexicon lexicon;
    private readonly IRelationRule[] rules = [new VerbRule(), new NounRule(), new TitleRule(), new AdjectiveRule(), new LinkRule(), new PlaceRule()];

    public RelationExtractor(GraphOntology ontology)
    {
        ArgumentNullException.ThrowIfNull(ontology);
        lexicon = new SignalLexicon(ontology);
    }

    /// <summary>
    /// The relations of one sentence, one per (subject, relation, object, negated), keeping the most
    /// confident reading where several rules find the same fact.
    /// </summary>
    public IReadOnlyList<RelationFact> Extract(Sentence sentence, IMentionLookup mentions)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mentions);
        var context = new RuleContext(sentence, lexicon, mentions);
        foreach (var rule in rules)
        {
            rule.Apply(context);
        }

        return [.. context.Facts
            .GroupBy(f => (f.Subject.Name, f.Relation, f.Object.Name, f.Negated))
            .Select(g => g.MaxBy(f => f.Confidence)!)];
    }
}
