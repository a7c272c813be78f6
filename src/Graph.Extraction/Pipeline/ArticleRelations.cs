using Graph.Core.Ontology;
using Graph.Extraction.Entities;
using Graph.Extraction.References;
using Graph.Extraction.Relations;
using Graph.Extraction.Text;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// From a parsed article and its grouped entities to resolved references and relation facts: a first
/// look reads the roles the article states outright ("Chinese President X"), reference resolution uses
/// them for descriptions ("the Chinese president"), and the relation rules then read every sentence with
/// all references resolved. Stateless after construction; safe to share across threads.
/// </summary>
public sealed class ArticleRelations
{
    private readonly GraphOntology ontology;
    private readonly RelationExtractor extractor;
    private readonly ReferenceResolver resolver;
    private readonly HashSet<string> roleRelations;

    public ArticleRelations(GraphOntology ontology)
    {
        ArgumentNullException.ThrowIfNull(ontology);
        this.ontology = ontology;
        extractor = new RelationExtractor(ontology);
        resolver = new ReferenceResolver(ontology, ontology.IsRelationType("LEADS") ? "LEADS" : null);
        roleRelations = ontology.RelationTypes.Where(r => r.SignalWords("titles").Count > 0).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
    }

    public GraphOntology Ontology => ontology;

    public (ArticleReferences References, IReadOnlyList<RelationFact> Facts) Extract(Document document, IReadOnlyList<DocumentEntity> entities) =>
        Extract(document, entities, null);

    /// <summary>As <see cref="Extract(Document, IReadOnlyList{DocumentEntity})"/>, timing references and relations apart.</summary>
    public (ArticleReferences References, IReadOnlyList<RelationFact> Facts) Extract(Document document, IReadOnlyList<DocumentEntity> entities, StageTimings? timings)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences;

        // The first look reads every sentence; a sentence whose mentions reference resolution does not change
        // afterwards gives the same facts again, so only the changed ones are read a second time.
        var firstLook = new IReadOnlyList<RelationFact>[sentences.Count];
        var revisionAtFirstLook = new int[sentences.Count];
        MentionTable? firstLookTable = null;
        var references = resolver.Resolve(document, entities, StatedRoles);
        timings?.Lap("references (with a first relation pass for stated roles)");
        var table = references.Mentions;
        var facts = new List<RelationFact>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var unchanged = ReferenceEquals(firstLookTable, table) && table.Revision(sentences[i].Index) == revisionAtFirstLook[i];
            facts.AddRange(unchanged ? firstLook[i] : extractor.Extract(sentences[i], table));
        }

        timings?.Lap("relations");
        return (references, facts);

        IReadOnlyList<KnownRole> StatedRoles(MentionTable table)
        {
            firstLookTable = table;
            for (var i = 0; i < sentences.Count; i++)
            {
                firstLook[i] = extractor.Extract(sentences[i], table);
                revisionAtFirstLook[i] = table.Revision(sentences[i].Index);
            }

            return [.. firstLook
                .SelectMany(f => f)
                .Where(f => !f.Negated && roleRelations.Contains(f.Relation))
                .Select(f => new KnownRole(f.Subject.Name, f.Relation, f.Object.Name))
                .Distinct()];
        }
    }
}
