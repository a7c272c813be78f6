using Graph.Extraction.Text;

namespace Graph.Extraction.Relations.Rules;

/// <summary>
/// Predicative and attributive adjectives with their preposition: "nationalists are furious with X",
/// "X, critical of Y, ...".
/// </summary>
internal sealed class AdjectiveRule : IRelationRule
{
    private const double Strength = 0.75;

    public void Apply(RuleContext context)
    {
        var sentence = context.Sentence;
        var args = context.Arguments;
        foreach (var adjective in sentence.Tokens.Where(t => t.Upos == "ADJ"))
        {
            foreach (var signal in context.Lexicon.Adjectives(adjective.Word()))
            {
                var head = sentence.HeadOf(adjective);
                var subjectTokens = adjective.Is("amod") && head is not null
                    ? [head]
                    : Clauses.SubjectOf(sentence, adjective).Subjects;
                var subjects = Arguments.Distinct(subjectTokens.SelectMany(args.OfConjuncts));
                var objectTokens = signal.Preposition is null
                    ? sentence.Kids(adjective, "obl", "nmod")
                    : Clauses.Introduced(sentence, adjective, signal.Preposition);
                var objects = Arguments.Distinct(objectTokens.SelectMany(args.OfConjuncts));
                if (subjects.Count > 0 && objects.Count > 0
                    && context.Emit(signal.Relation, subjects, objects, adjective, adjective, "adjective", Strength))
                {
                    break;
                }
            }
        }
    }
}
