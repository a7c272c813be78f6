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
        var references = resolver.Resolve(document, entities, StatedRoles);
        timings?.Lap("references (with a first relation pass for stated roles)");
        var facts = document.Sentences.SelectMany(s => extractor.Extract(s, references.Mentions)).ToList();
        timings?.Lap("relations");
        return (references, facts);

        IReadOnlyList<KnownRole> StatedRoles(MentionTable table) =>
            [.. document.Sentences
                .SelectMany(s => extractor.Extract(s, table))
                .Where(f => !f.Negated && roleRelations.Contains(f.Relation))
                .Select(f => new KnownRole(f.Subject.Name, f.Relation, f.Object.Name))
                .Distinct()];
    }
}
