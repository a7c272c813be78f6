using Graph.Core.Model;
using Graph.Core.Ontology;
using Graph.Extraction.Evaluation;
using Graph.TestSupport;

namespace Graph.Extraction.Tests.Evaluation;

public class GuidelinesJsonlTests
{
    private static IReadOnlyList<ArticleFacts> Read(string text) =>
        GuidelinesJsonl.Read(new StringReader(text), "facts.jsonl", GraphOntology.Default);

    [Fact]
    public void Seed_gold_reads_without_problems()
    {
        var facts = GuidelinesJsonl.ReadFile(RepoPaths.InShared("extraction", "gold", "seeds.jsonl"), GraphOntology.Default);
        facts.Select(f => f.Article.Id).Should().Equal("seed-000", "seed-003");
        facts.Should().OnlyContain(f => f.Problems().Count == 0 && f.Entities.Count > 0 && f.Statements.Count > 0);
    }

    [Fact]
    public void Written_facts_read_back_the_same()
    {
        var article = new Article("story-1", "hash", "https://example.org/1", "A title", "Wire", new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero));
        var facts = new ArticleFacts(
            article,
            [new ArticleEntity("Ana Costa", "PERSON", ["Costa"]), new ArticleEntity("Lisbon Port Authority", "ORGANIZATION", [])],
            [new Statement("story-1", "Ana Costa", "LEADS", "Lisbon Port Authority", "Costa, who heads the “Lisbon Port Authority”, spoke.", 0.8, Negated: true)
            {
                SentenceIndex = 3, SentenceSpan = new TextSpan(100, 150), SubjectSpan = new TextSpan(100, 105), ObjectSpan = new TextSpan(121, 142),
            }]);
        using var writer = new StringWriter();
        GuidelinesJsonl.Write(writer, facts, includeArticleLine: true);
        writer.ToString().Should().Contain("“Lisbon Port Authority”").And.Contain("\"negated\":true");

        var back = Read(writer.ToString()).Single();
        back.Article.Should().BeEquivalentTo(article, o => o.Excluding(a => a.ContentHash));
        back.Entities.Should().BeEquivalentTo(facts.Entities);
        back.Statements.Should().BeEquivalentTo(facts.Statements);
    }

    [Fact]
    public void Problems_name_the_file_and_line()
    {
        const string text = """
            {"kind":"entity","article":"a","name":"Ana Costa","type":"PERSON"}
            not json at all
            {"kind":"entity","article":"a","type":"PERSON"}
            {"kind":"relation","article":"a","subject":"Ana Costa","relation":"ADMIRED","object":"Ana Costa"}
            {"kind":"relation","article":"a","subject":"Ana Costa","relation":"MET","object":"Bo Berg"}
            {"kind":"entity","article":"a","name":"X","type":"THING"}

            {"kind":"gossip","article":"a"}
            {"kind":"entity","article":"a","name":"ana costa","type":"PERSON"}
            """;
        var act = () => Read(text);
        var problems = act.Should().Throw<GuidelinesJsonlException>().Which.Problems;
        problems.Should().HaveCount(7);
        problems[0].Should().StartWith("facts.jsonl:2: not JSON:");
        problems[1].Should().Be("facts.jsonl:3: missing field \"name\"");
        problems[2].Should().Be("facts.jsonl:4: unknown relation type 'ADMIRED'");
        problems[3].Should().StartWith("facts.jsonl:6: unknown entity type 'THING'");
        problems[4].Should().Be("facts.jsonl:8: unknown kind 'gossip' (expected entity, relation or article)");
        problems[5].Should().Be("facts.jsonl:9: entity 'ana costa' is declared twice for article 'a'");
        problems[6].Should().Be("facts.jsonl:5: unknown entity 'Bo Berg': no entity line of article 'a' names it");
    }
}
