using Graph.Core.Ontology;

namespace Graph.Core.Tests;

public class OntologyLoaderTests
{
    [Fact]
    public void Default_ontology_has_the_guideline_types()
    {
        var ontology = GraphOntology.Default;
        ontology.EntityTypes.Select(t => t.Name).Should().BeEquivalentTo(["PERSON", "ORGANIZATION", "LOCATION", "GROUP", "EVENT"]);
        ontology.RelationTypes.Should().HaveCount(18);
        ontology.RelationType("MET").Symmetric.Should().BeTrue();
        ontology.RelationType("MET").Cameo.Should().Be("04");
        ontology.RelationType("LEADS").Cameo.Should().BeNull();
        ontology.RelationType("AGREED").Cameo.Should().Be("057");
        ontology.RelationType("CRITICIZED").SignalWords("verbs").Should().Contain("condemn");
    }

    [Fact]
    public void Default_ontology_agrees_with_the_guidelines_table()
    {
        var guidelines = File.ReadAllLines(TestSupport.RepoPaths.InShared("extraction", "GUIDELINES.md"));
        var rows = guidelines.Where(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Split('|').Length >= 4)
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => cells[1].Length > 0 && char.IsAsciiLetterUpper(cells[1][0]) && cells[1].Split(' ')[0].All(c => char.IsAsciiLetterUpper(c) || c == '_'))
            .Where(cells => cells[2] == "–" || cells[2].All(char.IsAsciiDigit))
            .ToList();
        rows.Should().HaveCount(18);
        foreach (var cells in rows)
        {
            var name = cells[1].Split(' ')[0];
            var type = GraphOntology.Default.RelationType(name);
            type.Symmetric.Should().Be(cells[1].Contains('⇄', StringComparison.Ordinal), name);
            type.Cameo.Should().Be(cells[2] == "–" ? null : cells[2], name);
        }
    }

    [Theory]
    [InlineData("[entity PERSON]\nnamed = maybe\n", 2, "must be true or false")]
    [InlineData("[entity PERSON]\ncolour = red\n", 2, "unknown key 'colour'")]
    [InlineData("[entity PERSON]\n[relation MET]\nsymmetric = true\n", 2, "no 'cameo' line")]
    [InlineData("[entity PERSON]\n[relation MET]\ncameo = 4x\n", 3, "cameo must be")]
    [InlineData("[entity PERSON]\n[entity PERSON]\n", 2, "already declared at line 1")]
    [InlineData("[entity person]\n", 1, "upper-case")]
    [InlineData("named = true\n", 1, "before any")]
    [InlineData("[entity PERSON]\n[relation LEADS]\ncameo = -\nsubjects = HUMAN\n", 4, "does not declare")]
    [InlineData("[entity PERSON]\n[relation MET]\ncameo = 04\nverbs = meet,,see\n", 4, "empty item")]
    [InlineData("[entity PERSON]\njust words\n", 2, "expected 'key = value'")]
    public void A_bad_ontology_names_the_line(string text, int line, string problem)
    {
        var act = () => OntologyLoader.Parse(text, "mine.ini");
        var error = act.Should().Throw<OntologyException>().Which;
        error.Line.Should().Be(line);
        error.Message.Should().StartWith($"mine.ini:{line}: ").And.Contain(problem);
    }

    [Fact]
    public void A_user_ontology_can_add_a_relation()
    {
        var ontology = OntologyLoader.Parse("[entity PERSON]\nnamed = true\n[relation SUED]\ncameo = 111\nverbs = sue, take to court\n", "user.ini");
        ontology.RelationType("SUED").SignalWords("verbs").Should().Equal("sue", "take to court");
        ontology.RelationType("SUED").Symmetric.Should().BeFalse();
    }
}
