using static Graph.Extraction.Tests.Relations.RelationTestKit;

namespace Graph.Extraction.Tests.Relations;

public class NounRuleTests
{
    [Fact]
    public void A_possessor_acts_on_the_object_of_the_nouns_preposition()
    {
        const string tree = """
            1 Iraq Iraq PROPN NNP _ 3 nmod:poss _ Ent=B-LOCATION
            2 's 's PART POS _ 1 case _ _
            3 invasion invasion NOUN NN _ 6 nsubj _ _
            4 of of ADP IN _ 5 case _ _
            5 Kuwait Kuwait PROPN NNP _ 3 nmod _ Ent=B-LOCATION
            6 shocked shock VERB VBD _ 0 root _ _
            7 the the DET DT _ 8 det _ _
            8 region region NOUN NN _ 6 obj _ _
            9 . . PUNCT . _ 6 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Iraq -ATTACKED-> Kuwait");
    }

    [Fact]
    public void A_possessive_pronoun_resolved_to_a_person_meets_the_nouns_party_even_under_a_modal()
    {
        // The meeting is presupposed: "would describe" does not make it hypothetical.
        const string tree = """
            1 Sunak Sunak PROPN NNP _ 3 nsubj _ Ent=B-PERSON
            2 would would AUX MD _ 3 aux _ _
            3 describe describe VERB VB _ 0 root _ _
            4 his his PRON PRP$ _ 5 nmod:poss _ Ent=B-PERSON|Name=Sunak
            5 meeting meeting NOUN NN _ 3 obj _ _
            6 with with ADP IN _ 7 case _ _
            7 Meloni Meloni PROPN NNP _ 5 nmod _ Ent=B-PERSON
            8 . . PUNCT . _ 3 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Sunak -MET-> Meloni");
    }

    [Fact]
    public void A_light_verb_gives_its_subject_to_the_signal_noun_and_its_oblique_as_the_party()
    {
        const string tree = """
            1 Lula Lula PROPN NNP _ 2 nsubj _ Ent=B-PERSON
            2 issued issue VERB VBD _ 0 root _ _
            3 a a DET DT _ 5 det _ _
            4 stern stern ADJ JJ _ 5 amod _ _
            5 warning warning NOUN NN _ 2 obj _ _
            6 to to ADP IN _ 7 case _ _
            7 Maduro Maduro PROPN NNP _ 2 obl _ Ent=B-PERSON
            8 . . PUNCT . _ 2 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Lula -WARNED-> Maduro");
    }

    [Fact]
    public void A_light_verb_under_a_modal_is_not_a_fact()
    {
        const string tree = """
            1 Lula Lula PROPN NNP _ 3 nsubj _ Ent=B-PERSON
            2 could could AUX MD _ 3 aux _ _
            3 issue issue VERB VB _ 0 root _ _
            4 a a DET DT _ 5 det _ _
            5 warning warning NOUN NN _ 3 obj _ _
            6 to to ADP IN _ 7 case _ _
            7 Maduro Maduro PROPN NNP _ 5 nmod _ Ent=B-PERSON
            8 . . PUNCT . _ 3 punct _ _
            """;
        Facts(tree).Should().BeEmpty();
    }

    [Fact]
    public void A_predicate_noun_names_its_party_through_a_demonym_of_what_is_bought()
    {
        const string tree = """
            1 Germany Germany PROPN NNP _ 5 nsubj _ Ent=B-LOCATION
            2 is be AUX VBZ _ 5 cop _ _
            3 a a DET DT _ 5 det _ _
            4 major major ADJ JJ _ 5 amod _ _
            5 buyer buyer NOUN NN _ 0 root _ _
            6 of of ADP IN _ 8 case _ _
            7 Norwegian Norwegian ADJ JJ _ 8 amod _ Ent=B-LOCATION|Name=Norway
            8 gas gas NOUN NN _ 5 nmod _ _
            9 . . PUNCT . _ 5 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Germany -BUYS_FROM-> Norway");
    }

    [Fact]
    public void Between_relates_the_coordinated_parties_of_a_symmetric_noun()
    {
        const string tree = """
            1 Fighting fighting NOUN NN _ 6 nsubj _ _
            2 between between ADP IN _ 3 case _ _
            3 Ethiopia Ethiopia PROPN NNP _ 1 nmod _ Ent=B-LOCATION
            4 and and CCONJ CC _ 5 cc _ _
            5 Eritrea Eritrea PROPN NNP _ 3 conj _ Ent=B-LOCATION
            6 resumed resume VERB VBD _ 0 root _ _
            7 . . PUNCT . _ 6 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Ethiopia -FOUGHT-> Eritrea");
    }

    [Fact]
    public void A_naming_modifier_is_the_agent_of_the_noun()
    {
        const string tree = """
            1 EU EU PROPN NNP _ 2 compound _ Ent=B-ORGANIZATION
            2 support support NOUN NN _ 5 nsubj _ _
            3 for for ADP IN _ 4 case _ _
            4 Moldova Moldova PROPN NNP _ 2 nmod _ Ent=B-LOCATION
            5 grew grow VERB VBD _ 0 root _ _
            6 . . PUNCT . _ 5 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("EU -SUPPORTED-> Moldova");
    }

    [Fact]
    public void A_noun_without_an_agent_gives_nothing()
    {
        const string tree = """
            1 The the DET DT _ 2 det _ _
            2 attack attack NOUN NN _ 5 nsubj _ _
            3 on on ADP IN _ 4 case _ _
            4 Kyiv Kyiv PROPN NNP _ 2 nmod _ Ent=B-LOCATION
            5 failed fail VERB VBD _ 0 root _ _
            6 . . PUNCT . _ 5 punct _ _
            """;
        Facts(tree).Should().BeEmpty();
    }

    [Fact]
    public void Talks_between_two_parties_are_a_meeting()
    {
        const string tree = """
            1 Talks talk NOUN NNS _ 6 nsubj _ _
            2 between between ADP IN _ 3 case _ _
            3 Scholz Scholz PROPN NNP _ 1 nmod _ Ent=B-PERSON
            4 and and CCONJ CC _ 5 cc _ _
            5 Lula Lula PROPN NNP _ 3 conj _ Ent=B-PERSON
            6 ended end VERB VBD _ 0 root _ _
            7 . . PUNCT . _ 6 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Scholz -MET-> Lula");
    }

    [Fact]
    public void Coordinated_subjects_of_a_light_verb_with_a_symmetric_noun_are_its_parties()
    {
        const string tree = """
            1 Chile Chile PROPN NNP _ 4 nsubj _ Ent=B-LOCATION
            2 and and CCONJ CC _ 3 cc _ _
            3 Peru Peru PROPN NNP _ 1 conj _ Ent=B-LOCATION
            4 signed sign VERB VBD _ 0 root _ _
            5 a a DET DT _ 6 det _ _
            6 deal deal NOUN NN _ 4 obj _ _
            7 . . PUNCT . _ 4 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Chile -COOPERATED-> Peru");
    }
}
