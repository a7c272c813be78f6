using Graph.Extraction.Entities;
using Graph.Extraction.Parsing;
using Graph.Extraction.Text;

namespace Graph.Extraction.Pipeline;

/// <summary>The parse helper's tagger, lemmatiser and parser as one sentence stage.</summary>
internal sealed class SyntaxStage(SyntaxAnnotator annotator) : ISentenceStage
{
    public void Annotate(Sentence sentence) => annotator.Annotate(sentence);
}

/// <summary>The recognizer's mentions, grouped into the article's entities (surnames, short forms, demonyms).</summary>
internal sealed class RecognitionStage(EntityRecognizer recognizer) : IEntityStage
{
    public IReadOnlyList<DocumentEntity> Recognize(Document document) => EntityGrouper.Group(recognizer.Recognize(document));
}

/// <summary>The pipeline with the models shipped in this assembly, each loaded once.</summary>
public static class DefaultPipeline
{
    private static readonly Lazy<ExtractionPipeline> Instance = new(() => Create(Graph.Core.Ontology.GraphOntology.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>One shared pipeline with the default ontology; models load on first use.</summary>
    public static ExtractionPipeline Shared => Instance.Value;

    /// <summary>A pipeline reading the relations of <paramref name="ontology"/> with the shipped models.</summary>
    public static ExtractionPipeline Create(Graph.Core.Ontology.GraphOntology ontology) =>
        new(
            ontology,
            [new SyntaxStage(SyntaxAnnotator.Default)],
            new RecognitionStage(EntityRecognizer.Default));
}
