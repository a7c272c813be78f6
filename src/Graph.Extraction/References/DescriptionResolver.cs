using Graph.Core.Ontology;
using Graph.Extraction.Entities;
using Graph.Extraction.Text;

namespace Graph.Extraction.References;

/// <summary>
/// Resolves definite descriptions made of a title and what it is of — "the Russian President", "the
/// Chinese leader", "Germany's chancellor" — to the person the article says holds that role. When the
/// article never says so outright and the title is one of leadership, the description is taken to mean
/// the article's most-mentioned person who holds no other such role (news keeps naming its leaders),
/// at a low confidence.
/// </summary>
internal sealed class DescriptionResolver(GraphOntology ontology, string? leadershipRelation)
{
    private const double Stated = 0.85;
    private const double Presumed = 0.5;

    private static readonly string[] ModifierRoles = ["amod", "compound", "nmod:poss"];

    public void Apply(Document document, EntityBook book, MentionTable table, IReadOnlyList<KnownRole> roles)
    {
        foreach (var sentence in document.Sentences)
        {
            foreach (var title in sentence.Tokens.Where(t => t.Upos is "NOUN" or "PROPN"))
            {
                var relation = TitleRelation(title);
                if (relation is null || !IsStandalone(sentence, title, table))
                {
                    continue;
                }

                var of = sentence.Children(title).Where(c => ModifierRoles.Contains(c.DepRel))
                    .SelectMany(c => table.Find(sentence, c))
                    .FirstOrDefault(m => m.Type is EntityTypes.Location or EntityTypes.Organization);
                if (of is null)
                {
                    continue;
                }

                var (holder, confidence) = Holder(book, roles, relation, of.Name);
                if (holder is null)
                {
                    continue;
                }

                var first = sentence.Children(title).Where(c => c.DepRel is "det" || ModifierRoles.Contains(c.DepRel)).Select(c => c.Index).DefaultIfEmpty(title.Index).Min();
                var span = new Graph.Core.Model.TextSpan(sentence.Tokens[first].Span.Start, title.Span.End);
                var text = document.Text[span.Start..span.End];
                table.Add(sentence.Index, title.Index, title.Index + 1, new ResolvedMention(holder, EntityTypes.Person, span, confidence) { Via = "description" });
                book.AddMention(holder, new Mention(sentence.Index, first, title.Index + 1, span, text, EntityTypes.Person) { Kind = MentionKind.Title, Confidence = confidence });
            }
        }
    }

    /// <summary>The relation a title word signals (its first listing in the ontology), or null.</summary>
    private string? TitleRelation(Token token)
    {
        var word = (token.Lemma.Length > 0 ? token.Lemma : token.Text).ToLowerInvariant();
        return ontology.RelationTypes
            .Where(r => r.SubjectTypes.Contains(EntityTypes.Person))
            .Select(r => (r.Name, Rank: IndexOfHead(r.SignalWords("titles"), word)))
            .Where(x => x.Rank >= 0)
            .OrderBy(x => x.Rank)
            .Select(x => x.Name)
            .FirstOrDefault();
    }

    private static int IndexOfHead(IReadOnlyList<string> titles, string word)
    {
        for (var i = 0; i < titles.Count; i++)
        {
            if (titles[i].Split(' ')[^1].Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A title heading its own noun phrase ("the Russian President"), not one before or beside a name.</summary>
    private static bool IsStandalone(Sentence sentence, Token title, MentionTable table)
    {
        if (table.Find(sentence, title).Count > 0 || title.DepRel is "compound" or "flat" or "appos" or "nmod:desc")
        {
            return false;
        }

        var namedChild = sentence.Children(title).Any(c => c.DepRel is "flat" or "appos" && table.Find(sentence, c).Count > 0);
        var definite = sentence.Children(title).Any(c => (c.DepRel == "det" && c.Text.Equals("the", StringComparison.OrdinalIgnoreCase)) || c.DepRel == "nmod:poss");
        var copula = sentence.Children(title).Any(c => c.DepRel == "cop");
        return definite && !namedChild && !copula;
    }

    private (string? Holder, double Confidence) Holder(EntityBook book, IReadOnlyList<KnownRole> roles, string relation, string of)
    {
        var stated = roles.Where(r => r.Relation == relation && r.Object == of).Select(r => r.Holder).Distinct().ToList();
        if (stated.Count == 1)
        {
            return (stated[0], Stated);
        }

        if (stated.Count > 1 || relation != leadershipRelation)
        {
            return (null, 0);
        }

        var elsewhere = roles.Where(r => r.Relation == relation && r.Object != of).Select(r => r.Holder).ToHashSet(StringComparer.Ordinal);
        var presumed = book.Entities
            .Where(e => e.Type == EntityTypes.Person && !elsewhere.Contains(e.Name))
            .OrderByDescending(e => e.Mentions.Count)
            .Select(e => e.Name)
            .FirstOrDefault();
        return (presumed, Presumed);
    }
}
