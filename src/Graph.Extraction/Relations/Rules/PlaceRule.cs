using Graph.Extraction.Entities;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations.Rules;

/// <summary>
/// A place named with the larger place it lies in, no place noun between: "Houston, Texas" (the larger place in
/// apposition after a comma) and "Sellafield, in Cumbria" / "Turin in Piedmont" (an "in" phrase on the
/// place name itself). The relation is the ontology's containment relation: the one whose subjects and objects
/// may both be places and whose titles are place nouns (LOCATED_IN in the shipped ontology).
/// </summary>
internal sealed class PlaceRule : IRelationRule
{
    private const double Apposed = 0.75;
    private const double Within = 0.7;

    public void Apply(RuleContext context)
    {
        var relation = ContainmentRelation(context);
        if (relation is null)
        {
            return;
        }

        var sentence = context.Sentence;
        var args = context.Arguments;
        foreach (var place in sentence.Tokens.Where(t => t.Upos == "PROPN" && IsPlaceName(args, t)))
        {
            // "Houston, Texas": the next token is a comma and the larger place's name follows, tied to this one.
            var larger = sentence.Tokens.Where(t => t.Upos == "PROPN" && IsPlaceName(args, t)
                    && (t.Head == place.Index || place.Head == t.Index) && (t.Is("appos") || t.Is("flat") || t.Is("conj") || t.Is("list") || place.Is("appos"))
                    && t.Index > place.Index && IsRightAfterComma(sentence, place, t))
                .ToList();
            if (larger.Count > 0)
            {
                context.Emit(relation, args.Of(place), larger.SelectMany(args.Of), place, place, "place-apposed", Apposed);
                continue;
            }

            var within = Clauses.Introduced(sentence, place, "in").Where(t => IsPlaceName(args, t)).ToList();
            if (within.Count > 0)
            {
                context.Emit(relation, args.Of(place), within.SelectMany(args.Of), place, place, "place-in", Within);
            }
        }
    }

    private static string? ContainmentRelation(RuleContext context) =>
        context.Lexicon.Ontology.RelationTypes
            .Where(r => r.SignalWords("titles").Count > 0
                && r.SubjectTypes.Contains(EntityTypes.Location) && r.ObjectTypes.Count == 1 && r.ObjectTypes.Contains(EntityTypes.Location))
            .Select(r => r.Name)
            .FirstOrDefault();

    /// <summary>A name (not a demonym, not a capital standing for its country) of a place.</summary>
    private static bool IsPlaceName(Arguments args, Token token) =>
        args.Of(token) is { Count: 1 } m && m[0].Type == EntityTypes.Location && m[0].Via == "name";

    /// <summary>
    /// "A, B" where B ends the phrase: not "A, B and C" or "A, B, C" (a list of places), and the mention of A is
    /// not itself in a list ("X, A, B").
    /// </summary>
    private static bool IsRightAfterComma(Sentence sentence, Token place, Token larger)
    {
        var tokens = sentence.Tokens;
        var comma = place.Index + 1;
        while (comma < tokens.Count && tokens[comma].Upos == "PROPN" && tokens[comma].Index < larger.Index)
        {
            comma++;
        }

        if (comma >= tokens.Count || tokens[comma].Text != "," || comma + 1 > larger.Index)
        {
            return false;
        }

        // Nothing but the larger place's own name between the comma and it.
        for (var i = comma + 1; i < larger.Index; i++)
        {
            if (tokens[i].Upos != "PROPN")
            {
                return false;
            }
        }

        var after = larger.Index + 1;
        while (after < tokens.Count && tokens[after].Upos == "PROPN")
        {
            after++;
        }

        var listAfter = after < tokens.Count && (tokens[after].Text is "and" or "or" || (tokens[after].Text == "," && after + 1 < tokens.Count && tokens[after + 1].Upos == "PROPN"));
        var before = place.Index - 1;
        while (before >= 0 && tokens[before].Upos == "PROPN")
        {
            before--;
        }

        var listBefore = before >= 0 && tokens[before].Text is "," or "and";
        return !listAfter && !listBefore;
    }
}
