using Graph.Extraction.Text;

namespace Graph.Extraction.Relations.Rules;

/// <summary>
/// A person named with an organisation straight after a preposition, no role noun between:
/// "Dr Jane Roe of the University of Leeds". Which relation and which prepositions come from the
/// ontology's "links" lists. Only organisations count: a person "of" a place is where they come from.
/// </summary>
internal sealed class LinkRule : IRelationRule
{
    private const double Strength = 0.75;
    private const string Organization = "ORGANIZATION";

    public void Apply(RuleContext context)
    {
        var sentence = context.Sentence;
        var args = context.Arguments;
        foreach (var relation in context.Lexicon.Ontology.RelationTypes)
        {
            var links = relation.SignalWords("links");
            if (links.Count == 0)
            {
                continue;
            }

            foreach (var name in sentence.Tokens.Where(t => t.Upos == "PROPN"))
            {
                var holders = args.Of(name).Where(m => relation.AllowsSubject(m.Type)).ToList();
                if (holders.Count == 0)
                {
                    continue;
                }

                var objects = links.SelectMany(p => sentence.Kids(name, "nmod").Where(n => sentence.CaseOf(n) == p))
                    .SelectMany(args.OfConjuncts)
                    .Where(o => o.Type == Organization)
                    .ToList();
                context.Emit(relation.Name, holders, objects, name, name, "link", Strength);
            }
        }
    }
}
