using Graph.Core.Model;
using Graph.Extraction.References;

namespace Graph.Extraction.Tests.References;

public class MentionTableTests
{
    private static ResolvedMention Mention(string name) => new(name, "PERSON", new TextSpan(0, name.Length), 1.0);

    [Fact]
    public void A_sentence_revision_moves_when_its_mentions_change_and_only_then()
    {
        var table = new MentionTable();
        table.Revision(0).Should().Be(0);
        table.Add(0, 1, 3, Mention("Ann Lee"));
        var afterAdd = table.Revision(0);
        afterAdd.Should().BeGreaterThan(0);
        table.Revision(1).Should().Be(0, "another sentence's mentions did not change");

        table.Clear(0, 1, 3);
        table.Revision(0).Should().BeGreaterThan(afterAdd);
        table.Revision(1).Should().Be(0);
    }
}
