using Graph.Core.Ontology;
using Graph.Extraction.Entities;
using Graph.Extraction.Text;

namespace Graph.Extraction.References;

/// <summary>
/// Reference resolution for one parsed article whose entities the recognizer has found and grouped
/// (surnames already joined to full names, demonyms to their countries): capitals that act become their
/// countries, pronouns and "the two leaders" take their antecedents, and descriptions like "the Mexican
/// president" take the person the article says holds that role. The roles are read by the caller from a
/// first look at the article (see <paramref name="statedRoles"/> of <see cref="Resolve"/>), so this
/// stage needs no relation rules of its own. Stateless: one instance serves many threads.
/// </summary>
public sealed class ReferenceResolver(GraphOntology ontology, string? leadershipRelation = "LEADS")
{
    private readonly DescriptionResolver descriptions = new(ontology, leadershipRelation);

    /// <param name="document">The parsed article.</param>
    /// <param name="entities">The recognizer's grouped entities.</param>
    /// <param name="statedRoles">Given the mentions resolved so far, the roles the article states outright.</param>
    public ArticleReferences Resolve(Document document, IReadOnlyList<DocumentEntity> entities, Func<MentionTable, IReadOnlyList<KnownRole>> statedRoles)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(statedRoles);
        var book = new EntityBook(entities);
        CapitalMetonymy.Apply(document, book);
        var table = Table(book);
        new PronounResolver(document, book, table).Apply();
        descriptions.Apply(document, book, table, statedRoles(table));
        return new ArticleReferences(table, book.Finish());
    }

    /// <summary>Every named, demonym and nominal mention, on every token it covers.</summary>
    private static MentionTable Table(EntityBook book)
    {
        var table = new MentionTable();
        foreach (var (name, type, mentions) in book.Entities)
        {
            foreach (var m in mentions)
            {
                var via = m.Kind switch
                {
                    MentionKind.Demonym => "demonym",
                    _ when WorldCapitals.CountryOf(m.Text) == name => "capital",
                    _ => "name",
                };
                table.Add(m.SentenceIndex, m.StartToken, m.EndToken, new ResolvedMention(name, type, m.Span, m.Confidence) { Via = via });
            }
        }

        return table;
    }
}
