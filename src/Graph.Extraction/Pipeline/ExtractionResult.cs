using Graph.Core.Model;
using Graph.Extraction.Entities;
using Graph.Extraction.Relations;
using Graph.Extraction.Text;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// What the pipeline makes of one article: the <see cref="Facts"/> the store takes (entities and statements
/// with provenance), and, for inspection and evaluation, the annotated document, the entities with all their
/// mentions and the relation facts with the rule that found each.
/// </summary>
public sealed record ExtractionResult(
    ArticleFacts Facts,
    Document Document,
    IReadOnlyList<DocumentEntity> Entities,
    IReadOnlyList<RelationFact> Relations);
