using Graph.Extraction.Entities;
using Graph.Extraction.Models;
using Graph.Extraction.Parsing;
using Graph.Extraction.Tagging;
using Graph.Extraction.Text;

namespace Graph.Extraction.Pipeline;

/// <summary>Part-of-speech tags (UPOS and XPOS) for every token.</summary>
internal sealed class TaggingStage(PosTagger tagger) : ISentenceStage
{
    public string Name => "tag";

    public void Annotate(Sentence sentence) => tagger.Tag(sentence.Tokens);
}

/// <summary>Lemmas of tagged tokens.</summary>
internal sealed class LemmaStage(Lemmatizer lemmatizer) : ISentenceStage
{
    public string Name => "lemmatise";

    public void Annotate(Sentence sentence) => lemmatizer.Lemmatize(sentence.Tokens);
}

/// <summary>Dependency heads and relations of tagged tokens.</summary>
internal sealed class ParsingStage(DependencyParser parser) : ISentenceStage
{
    public string Name => "parse";

    public void Annotate(Sentence sentence) => parser.Parse(sentence.Tokens);
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
            [new TaggingStage(PretrainedModels.Tagger), new LemmaStage(PretrainedModels.Lemmatizer), new ParsingStage(PretrainedModels.Parser)],
            new RecognitionStage(EntityRecognizer.Default));
}
