using Graph.Extraction.Entities;
using Graph.Extraction.Text;

namespace Graph.Extraction.References;

/// <summary>
/// A capital that acts stands for its country ("Moscow warned Kyiv", "Ankara's objections", "blocked by
/// Beijing"); a capital as a place stays a place ("talks in Moscow"). Acting mentions move to the
/// country's entity (created when the article never names the country); a capital whose every mention
/// acts (or that acts in at least half of its mentions) thereby becomes an alias of its country.
/// </summary>
internal static class CapitalMetonymy
{
    /// <summary>Roles in which a place name is an actor, not a location.</summary>
    private static readonly HashSet<string> ActingRoles = new(StringComparer.Ordinal)
    {
        "nsubj", "nsubj:pass", "obj", "iobj", "nmod:poss", "obl:agent", "csubj",
    };

    /// <summary>Prepositions that make an oblique a party rather than a place: "criticized by", "talks with", "a war against".</summary>
    private static readonly HashSet<string> PartyPrepositions = new(StringComparer.Ordinal) { "by", "with", "against", "between" };

    public static void Apply(Document document, EntityBook book)
    {
        foreach (var (name, type, mentions) in book.Entities.ToList())
        {
            if (type != EntityTypes.Location)
            {
                continue;
            }

            var country = WorldCapitals.CountryOf(name);
            if (country is null || string.Equals(country, name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var acting = mentions.Where(m => m.Kind == MentionKind.Name && Acts(document.Sentences[m.SentenceIndex], m)).ToList();
            if (acting.Count == 0)
            {
                continue;
            }

            // A capital that mostly acts is the article's way of naming the country: all of its mentions go.
            var moving = 2 * acting.Count >= mentions.Count ? [.. mentions] : acting;
            var target = book.FindOrCreate(country, EntityTypes.Location);
            foreach (var mention in moving)
            {
                book.MoveMention(name, target, mention);
            }
        }
    }

    private static bool Acts(Sentence sentence, Mention mention)
    {
        var head = Syntax.HeadToken(sentence, mention);
        var role = Syntax.Role(sentence, head);
        return ActingRoles.Contains(role)
            || (role.StartsWith("obl", StringComparison.Ordinal) || role.StartsWith("nmod", StringComparison.Ordinal))
                && PartyPrepositions.Contains(Syntax.CaseOf(sentence, head));
    }
}
