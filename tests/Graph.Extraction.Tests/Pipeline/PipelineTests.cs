using Graph.Core.Ontology;
using Graph.Extraction.Entities;
using Graph.Extraction.Evaluation;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Tests.Relations;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Pipeline;

public class PipelineTests
{
    private const string Article = """
        1 Mexican Mexican ADJ JJ _ 2 amod _ Ent=B-LOCATION|Kind=Demonym|Ref=Mexico
        2 President president PROPN NNP _ 3 compound _ _
        3 Claudia Claudia PROPN NNP _ 5 nsubj _ Ent=B-PERSON
        4 Sheinbaum Sheinbaum PROPN NNP _ 3 flat _ Ent=I-PERSON
        5 met meet VERB VBD _ 0 root _ _
        6 Lula Lula PROPN NNP _ 5 obj _ Ent=B-PERSON
        7 . . PUNCT . _ 5 punct _ _

        1 She she PRON PRP _ 3 nsubj _ _
        2 did do AUX VBD _ 3 aux _ _
        3 praise praise VERB VB _ 0 root _ _
        4 Brazil Brazil PROPN NNP _ 3 obj _ Ent=B-LOCATION
        5 . . PUNCT . _ 3 punct _ _
        """;

    /// <summary>
    /// Test doubles for the stages this test does not exercise: the trees are already tagged and parsed,
    /// and the recognizer's mentions come from the trees' Ent tags (grouped by the real grouper).
    /// </summary>
    private sealed class AlreadyAnnotated : ISentenceStage
    {
        public void Annotate(Sentence sentence)
        {
        }
    }

    private sealed class MentionsFromTree(string conllu) : IEntityStage
    {
        public IReadOnlyList<DocumentEntity> Recognize(Document document) => EntityGrouper.Group(ConllU.Mentions(conllu));
    }

    private static ExtractionPipeline Pipeline(string conllu) =>
        new(GraphOntology.Default, [new AlreadyAnnotated()], new MentionsFromTree(conllu));

    [Fact]
    public void Statements_carry_sentence_and_argument_provenance_into_the_article_text()
    {
        var document = ConllU.Document(Article, "a1");
        var result = Pipeline(Article).Extract(document);

        result.Facts.Problems().Should().BeEmpty();
        var praised = result.Facts.Statements.Single(s => s.Relation == "PRAISED");
        praised.Subject.Should().Be("Claudia Sheinbaum");
        praised.SentenceIndex.Should().Be(1);
        document.Text[praised.SentenceSpan!.Value.Start..praised.SentenceSpan.Value.End].Should().Be(praised.Sentence);
        document.Text[praised.SubjectSpan!.Value.Start..praised.SubjectSpan.Value.End].Should().Be("She");
        document.Text[praised.ObjectSpan!.Value.Start..praised.ObjectSpan.Value.End].Should().Be("Brazil");
        praised.Confidence.Should().BeInRange(0.3, 0.9);

        result.Facts.Statements.Select(s => $"{s.Subject} -{s.Relation}-> {s.Object}")
            .Should().BeEquivalentTo("Claudia Sheinbaum -LEADS-> Mexico", "Claudia Sheinbaum -MET-> Lula", "Claudia Sheinbaum -PRAISED-> Brazil");
        result.Facts.Entities.Select(e => e.Name).Should().BeEquivalentTo("Mexico", "Claudia Sheinbaum", "Lula", "Brazil");
    }

    [Fact]
    public void The_guidelines_jsonl_of_a_result_scores_perfectly_against_itself()
    {
        var result = Pipeline(Article).Extract(ConllU.Document(Article, "a1"));
        var path = Path.Combine(Path.GetTempPath(), $"pipeline-{Guid.NewGuid():N}.jsonl");
        try
        {
            using (var writer = new StreamWriter(path))
            {
                GuidelinesJsonl.Write(writer, result.Facts);
            }

            var report = Scorer.Score(path, path);
            report.Relations.F1.Should().Be(1.0);
            report.Entities.F1.Should().Be(1.0);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Parallel_extraction_gives_what_sequential_extraction_gives()
    {
        var pipeline = Pipeline(Article);
        var sequential = Enumerable.Range(0, 16).Select(i => Lines(pipeline.Extract(ConllU.Document(Article, $"a{i}")))).ToList();
        var parallel = new string[16][];
        Parallel.For(0, 16, i => parallel[i] = Lines(pipeline.Extract(ConllU.Document(Article, $"a{i}"))));
        parallel.Should().BeEquivalentTo(sequential, options => options.WithStrictOrdering());
    }

    private static string[] Lines(ExtractionResult result)
    {
        using var writer = new StringWriter();
        GuidelinesJsonl.Write(writer, result.Facts);
        return writer.ToString().Split('\n');
    }
}
