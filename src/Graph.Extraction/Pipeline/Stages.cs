using Graph.Extraction.Entities;
using Graph.Extraction.Text;

namespace Graph.Extraction.Pipeline;

/// <summary>A stage that annotates the tokens of one sentence in place (tagging, lemmatising, parsing). Must be thread-safe.</summary>
public interface ISentenceStage
{
    /// <summary>What the stage is called in <see cref="StageTimings"/>.</summary>
    string Name => GetType().Name;

    void Annotate(Sentence sentence);
}

/// <summary>The stage that finds and groups an article's entities (recognition, surnames, demonyms). Must be thread-safe.</summary>
public interface IEntityStage
{
    IReadOnlyList<DocumentEntity> Recognize(Document document);
}
