using static Graph.Extraction.Tests.Relations.RelationTestKit;

namespace Graph.Extraction.Tests.Relations;

public class AdjectiveRuleTests
{
    [Fact]
    public void A_predicative_adjective_with_its_preposition_signals_its_relation()
    {
        const string tree = """
            1 Farmers farmer NOUN NNS _ 3 nsubj _ Ent=B-GROUP|Name=farmers
            2 are be AUX VBP _ 3 cop _ _
            3 furious furious ADJ JJ _ 0 root _ _
            4 with with ADP IN _ 7 case _ _
            5 the the DET DT _ 7 det _ _
            6 European European PROPN NNP _ 7 amod _ Ent=B-ORGANIZATION
            7 Commission Commission PROPN NNP _ 3 obl _ Ent=I-ORGANIZATION
            8 . . PUNCT . _ 3 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("farmers -CRITICIZED-> European Commission");
    }

    [Fact]
    public void The_adjective_needs_its_own_preposition()
    {
        const string tree = """
            1 Farmers farmer NOUN NNS _ 3 nsubj _ Ent=B-GROUP|Name=farmers
            2 are be AUX VBP _ 3 cop _ _
            3 furious furious ADJ JJ _ 0 root _ _
            4 in in ADP IN _ 5 case _ _
            5 Brussels Brussels PROPN NNP _ 3 obl _ Ent=B-LOCATION
            6 . . PUNCT . _ 3 punct _ _
            """;
        Facts(tree).Should().BeEmpty();
    }
}
