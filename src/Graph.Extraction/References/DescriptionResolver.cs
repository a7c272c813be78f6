using Graph.Core.Ontology;
using Graph.Extraction.Entities;
using Graph.Extraction.Text;

namespace Graph.Extraction.References;

/// <summary>
/// Resolves definite descriptions made of a title and what it is of — "the Mexican president", "the
/// Chinese leader", "Germany's chancellor" — to the person the article says holds that role. When the
/// article never says so outright and the title is one of leadership of a place, the description is taken to mean
/// the article's most-mentioned person who holds no other such role (news keeps naming its leaders),
/// at a low confidence. Stateless after construction: one instance serves every article.
/// </summary>
internal sealed class DescriptionResolver(GraphOntology ontology, string? leadershipRelation)
{
    private const double Stated = 0.85;
    private const double Presumed = 0.5;

    private static readonly string[] ModifierRoles = ["amod", "compound", "nmod:poss"];

    /// <summary>Title head word → the relation it signals, read from the ontology once (every noun of every article asks).</summary>
    private readonly Dictionary<string, string> titleRelations = TitleRelations(ontology);

    public void Apply(Document document, EntityBook book, MentionTable table, IReadOnlyList<KnownRole> roles)
    {
        foreach (var sentence in document.Sentences)
        {
            foreach (var title in sentence.Tokens.Where(t => t.Upos is "NOUN" or "PROPN"))
            {
                var relation = TitleRelation(title);
                if (relation is null || !IsStandalone(sentence, title, table) || NamesFollow(sentence, title, table))
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

                var (holder, confidence) = Holder(book, roles, relation, of.Name, of.Type);
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
    private string? TitleRelation(Token token) =>
        titleRelations.GetValueOrDefault((token.Lemma.Length > 0 ? token.Lemma : token.Text).ToLowerInvariant());

    /// <summary>
    /// For each head word of a title (the last word of "prime minister"), the relation whose title list names it
    /// earliest; on a tie, the relation listed first in the ontology. Only relations a person can be the subject of.
    /// </summary>
    private static Dictionary<string, string> TitleRelations(GraphOntology ontology)
    {
        var best = new Dictionary<string, (int Rank, string Relation)>(StringComparer.OrdinalIgnoreCase);
        foreach (var relation in ontology.RelationTypes.Where(r => r.SubjectTypes.Contains(EntityTypes.Person)))
        {
            var titles = relation.SignalWords("titles");
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var rank = 0; rank < titles.Count; rank++)
            {
                var head = titles[rank].Split(' ')[^1];
                if (seen.Add(head) && (!best.TryGetValue(head, out var known) || rank < known.Rank))
                {
                    best[head] = (rank, relation.Name);
                }
            }
        }

        return best.ToDictionary(p => p.Key, p => p.Value.Relation, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A title heading its own noun phrase ("the Mexican president"), not one before or beside a name.</summary>
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

    /// <summary>
    /// "Spain's director general for Europe, Jose Maria Pons": a person named right after the title phrase
    /// (nothing but nominal words and punctuation between) is the title's holder, so the phrase is no reference.
    /// </summary>
    private static bool NamesFollow(Sentence sentence, Token title, MentionTable table)
    {
        for (var i = title.Index + 1; i < sentence.Tokens.Count && i <= title.Index + 8; i++)
        {
            var token = sentence.Tokens[i];
            if (table.Find(sentence, token).Any(m => m.Type == EntityTypes.Person))
            {
                return true;
            }

            if (token.Upos is not ("NOUN" or "PROPN" or "ADJ" or "ADP" or "DET" or "PUNCT" or "CCONJ"))
            {
                return false;
            }
        }

        return false;
    }

    private (string? Holder, double Confidence) Holder(EntityBook book, IReadOnlyList<KnownRole> roles, string relation, string of, string ofType)
    {
        var stated = roles.Where(r => r.Relation == relation && r.Object == of).Select(r => r.Holder).Distinct().ToList();
        if (stated.Count == 1)
        {
            return (stated[0], Stated);
        }

        // Presumed only for the leader of a country ("the Mexican president"): news names those most;
        // parties and companies have too many heads and deputies to guess from.
        if (stated.Count > 1 || relation != leadershipRelation || ofType != EntityTypes.Location)
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
