using static Graph.Extraction.Tests.Relations.RelationTestKit;

namespace Graph.Extraction.Tests.Relations;

public class FactualityTests
{
    [Fact]
    public void A_negated_fact_is_emitted_as_negated()
    {
        const string tree = """
            1 Biden Biden PROPN NNP _ 4 nsubj _ Ent=B-PERSON
            2 did do AUX VBD _ 4 aux _ _
            3 not not PART RB _ 4 advmod _ _
            4 meet meet VERB VB _ 0 root _ _
            5 Lula Lula PROPN NNP _ 4 obj _ Ent=B-PERSON
            6 . . PUNCT . _ 4 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Biden -NOT-MET-> Lula");
    }

    [Theory]
    [InlineData("might", "MD")]
    [InlineData("could", "MD")]
    [InlineData("will", "MD")]
    public void A_modal_or_future_clause_is_not_a_fact(string modal, string xpos)
    {
        var tree = $"""
            1 Spain Spain PROPN NNP _ 3 nsubj _ Ent=B-LOCATION
            2 {modal} {modal} AUX {xpos} _ 3 aux _ _
            3 criticize criticize VERB VB _ 0 root _ _
            4 Morocco Morocco PROPN NNP _ 3 obj _ Ent=B-LOCATION
            5 . . PUNCT . _ 3 punct _ _
            """;
        Facts(tree).Should().BeEmpty();
    }

    [Fact]
    public void A_conditional_clause_is_not_a_fact()
    {
        const string tree = """
            1 If if SCONJ IN _ 3 mark _ _
            2 Spain Spain PROPN NNP _ 3 nsubj _ Ent=B-LOCATION
            3 criticizes criticize VERB VBZ _ 8 advcl _ _
            4 Morocco Morocco PROPN NNP _ 3 obj _ Ent=B-LOCATION
            5 , , PUNCT , _ 8 punct _ _
            6 Rabat Rabat PROPN NNP _ 8 nsubj _ Ent=B-LOCATION
            7 will will AUX MD _ 8 aux _ _
            8 protest protest VERB VB _ 0 root _ _
            9 . . PUNCT . _ 8 punct _ _
            """;
        Facts(tree).Should().BeEmpty();
    }

    [Fact]
    public void A_clause_under_a_verb_of_hypothesis_is_not_a_fact_but_reported_speech_is()
    {
        const string argued = """
            1 Analysts analyst NOUN NNS _ 2 nsubj _ _
            2 argue argue VERB VBP _ 0 root _ _
            3 that that SCONJ IN _ 5 mark _ _
            4 Spain Spain PROPN NNP _ 5 nsubj _ Ent=B-LOCATION
            5 criticized criticize VERB VBD _ 2 ccomp _ _
            6 Morocco Morocco PROPN NNP _ 5 obj _ Ent=B-LOCATION
            7 . . PUNCT . _ 2 punct _ _
            """;
        const string said = """
            1 Officials official NOUN NNS _ 2 nsubj _ _
            2 said say VERB VBD _ 0 root _ _
            3 that that SCONJ IN _ 5 mark _ _
            4 Spain Spain PROPN NNP _ 5 nsubj _ Ent=B-LOCATION
            5 criticized criticize VERB VBD _ 2 ccomp _ _
            6 Morocco Morocco PROPN NNP _ 5 obj _ Ent=B-LOCATION
            7 . . PUNCT . _ 2 punct _ _
            """;
        Facts(argued).Should().BeEmpty();
        Facts(said).Should().BeEquivalentTo("Spain -CRITICIZED-> Morocco");
    }

    [Fact]
    public void A_modal_on_the_first_conjunct_covers_a_conjunct_that_shares_it()
    {
        const string tree = """
            1 Spain Spain PROPN NNP _ 3 nsubj _ Ent=B-LOCATION
            2 would would AUX MD _ 3 aux _ _
            3 praise praise VERB VB _ 0 root _ _
            4 Chile Chile PROPN NNP _ 3 obj _ Ent=B-LOCATION
            5 and and CCONJ CC _ 6 cc _ _
            6 criticize criticize VERB VB _ 3 conj _ _
            7 Peru Peru PROPN NNP _ 6 obj _ Ent=B-LOCATION
            8 . . PUNCT . _ 3 punct _ _
            """;
        Facts(tree).Should().BeEmpty();
    }

    [Fact]
    public void An_adverbial_clause_asserts_on_its_own_under_a_modal_main_clause()
    {
        const string tree = """
            1 Spain Spain PROPN NNP _ 3 nsubj _ Ent=B-LOCATION
            2 would would AUX MD _ 3 aux _ _
            3 protest protest VERB VB _ 0 root _ _
            4 because because SCONJ IN _ 6 mark _ _
            5 Morocco Morocco PROPN NNP _ 6 nsubj _ Ent=B-LOCATION
            6 attacked attack VERB VBD _ 3 advcl _ _
            7 Ceuta Ceuta PROPN NNP _ 6 obj _ Ent=B-LOCATION
            8 . . PUNCT . _ 3 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Morocco -ATTACKED-> Ceuta");
    }
}
