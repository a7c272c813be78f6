using Graph.Core.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// The whole extraction for one article at a time: the sentence stages (tagger, parser) annotate every
/// sentence, the entity stage finds and groups the entities, reference resolution and the relation rules
/// read the facts, and the result carries provenance for each. Models are loaded once, by whoever builds
/// the stages; <see cref="Extract"/> keeps no state between calls, so one pipeline serves parallel callers.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly IReadOnlyList<ISentenceStage> sentenceStages;
    private readonly IEntityStage entityStage;
    private readonly ArticleRelations relations;

    public ExtractionPipeline(GraphOntology ontology, IReadOnlyList<ISentenceStage> sentenceStages, IEntityStage entityStage)
    {
        ArgumentNullException.ThrowIfNull(ontology);
        ArgumentNullException.ThrowIfNull(sentenceStages);
        ArgumentNullException.ThrowIfNull(entityStage);
        this.sentenceStages = sentenceStages;
        this.entityStage = entityStage;
        relations = new ArticleRelations(ontology);
    }

    /// <summary>
    /// Annotates <paramref name="document"/> and extracts its facts. A document straight from the reader (no
    /// sentences yet) is first normalised, split and tokenised; one already split is annotated as it is.
    /// </summary>
    public ExtractionResult Extract(Document document) => Extract(document, null);

    /// <summary>As <see cref="Extract(Document)"/>, charging each stage's time to <paramref name="timings"/> when given.</summary>
    public ExtractionResult Extract(Document document, StageTimings? timings)
    {
        ArgumentNullException.ThrowIfNull(document);
        timings?.Restart();
        if (document.Sentences.Count == 0)
        {
            document = DocumentPreparer.Prepare(document.Article, document.Text);
            timings?.Lap("normalise, split, tokenise");
        }

        // Stage by stage over all sentences (sentences are independent): one model at a time stays warm in the cache.
        foreach (var stage in sentenceStages)
        {
            foreach (var sentence in document.Sentences)
            {
                stage.Annotate(sentence);
            }

            timings?.Lap(stage.Name);
        }

        var entities = entityStage.Recognize(document);
        timings?.Lap("entities");
        var (references, facts) = relations.Extract(document, entities, timings);
        var articleFacts = StatementBuilder.Build(document, references.Entities, facts);
        var problems = articleFacts.Problems();
        if (problems.Count > 0)
        {
            // A bug, not bad input: the builder only writes statements between declared entities.
            throw new InvalidOperationException($"extraction of '{document.Article.Id}' produced inconsistent facts: {string.Join("; ", problems)}");
        }

        timings?.Lap("statements");
        return new ExtractionResult(articleFacts, document, references.Entities, facts);
    }
}
