using static Graph.Extraction.Tests.Relations.RelationTestKit;

namespace Graph.Extraction.Tests.Relations;

public class TitleRuleTests
{
    [Fact]
    public void A_multiword_title_before_a_name_with_a_demonym_gives_the_longest_titles_relation()
    {
        const string tree = """
            1 Canadian Canadian ADJ JJ _ 3 amod _ Ent=B-LOCATION|Name=Canada
            2 Prime prime ADJ JJ _ 3 amod _ _
            3 Minister minister PROPN NNP _ 4 compound _ _
            4 Justin Justin PROPN NNP _ 6 nsubj _ Ent=B-PERSON
            5 Trudeau Trudeau PROPN NNP _ 4 flat _ Ent=I-PERSON
            6 arrived arrive VERB VBD _ 0 root _ _
            7 . . PUNCT . _ 6 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Justin Trudeau -LEADS-> Canada");
    }

    [Fact]
    public void An_organisation_before_a_role_noun_is_what_the_holder_works_for()
    {
        const string tree = """
            1 Pentagon Pentagon PROPN NNP _ 2 compound _ Ent=B-ORGANIZATION
            2 spokesman spokesman NOUN NN _ 3 compound _ _
            3 John John PROPN NNP _ 5 nsubj _ Ent=B-PERSON
            4 Kirby Kirby PROPN NNP _ 3 flat _ Ent=I-PERSON
            5 declined decline VERB VBD _ 0 root _ _
            6 . . PUNCT . _ 5 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("John Kirby -WORKS_FOR-> Pentagon");
    }

    [Fact]
    public void An_apposition_title_takes_its_of_phrase_not_the_possessor_inside_it()
    {
        const string tree = """
            1 Olaf Olaf PROPN NNP _ 13 nsubj _ Ent=B-PERSON
            2 Scholz Scholz PROPN NNP _ 1 flat _ Ent=I-PERSON
            3 , , PUNCT , _ 5 punct _ _
            4 the the DET DT _ 5 det _ _
            5 leader leader NOUN NN _ 1 appos _ _
            6 of of ADP IN _ 11 case _ _
            7 Germany Germany PROPN NNP _ 11 nmod:poss _ Ent=B-LOCATION
            8 's 's PART POS _ 7 case _ _
            9 Social Social PROPN NNP _ 11 compound _ Ent=B-ORGANIZATION
            10 Democratic Democratic PROPN NNP _ 11 compound _ Ent=I-ORGANIZATION
            11 Party Party PROPN NNP _ 5 nmod _ Ent=I-ORGANIZATION
            12 , , PUNCT , _ 5 punct _ _
            13 spoke speak VERB VBD _ 0 root _ _
            14 . . PUNCT . _ 13 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Olaf Scholz -LEADS-> Social Democratic Party");
    }

    [Fact]
    public void A_title_of_a_place_noun_reaches_the_place_it_names()
    {
        const string tree = """
            1 Ana Ana PROPN NNP _ 12 nsubj _ Ent=B-PERSON
            2 Lopez Lopez PROPN NNP _ 1 flat _ Ent=I-PERSON
            3 , , PUNCT , _ 5 punct _ _
            4 the the DET DT _ 5 det _ _
            5 governor governor NOUN NN _ 1 appos _ _
            6 of of ADP IN _ 9 case _ _
            7 the the DET DT _ 9 det _ _
            8 northern northern ADJ JJ _ 9 amod _ _
            9 province province NOUN NN _ 5 nmod _ _
            10 of of ADP IN _ 11 case _ _
            11 Salta Salta PROPN NNP _ 9 nmod _ Ent=B-LOCATION
            12 resigned resign VERB VBD _ 0 root _ _
            13 . . PUNCT . _ 12 punct _ _
            """;
        Facts(tree).Should().Contain("Ana Lopez -LEADS-> Salta");
    }

    [Fact]
    public void A_predicate_title_with_a_copula_ties_the_subject_to_the_modifier()
    {
        const string tree = """
            1 Jane Jane PROPN NNP _ 6 nsubj _ Ent=B-PERSON
            2 Roe Roe PROPN NNP _ 1 flat _ Ent=I-PERSON
            3 is be AUX VBZ _ 6 cop _ _
            4 a a DET DT _ 6 det _ _
            5 Guardian Guardian PROPN NNP _ 6 compound _ Ent=B-ORGANIZATION
            6 columnist columnist NOUN NN _ 0 root _ _
            7 . . PUNCT . _ 6 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Jane Roe -WORKS_FOR-> Guardian");
    }

    [Fact]
    public void A_place_noun_with_a_demonym_locates_the_place_it_names()
    {
        const string tree = """
            1 They they PRON PRP _ 2 nsubj _ _
            2 toured tour VERB VBD _ 0 root _ _
            3 the the DET DT _ 5 det _ _
            4 Italian Italian ADJ JJ _ 5 amod _ Ent=B-LOCATION|Name=Italy
            5 city city NOUN NN _ 2 obj _ _
            6 of of ADP IN _ 7 case _ _
            7 Turin Turin PROPN NNP _ 5 nmod _ Ent=B-LOCATION
            8 . . PUNCT . _ 2 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Turin -LOCATED_IN-> Italy");
    }

    [Fact]
    public void A_demonym_beyond_a_common_noun_modifier_does_not_qualify_the_title()
    {
        // An opposition leader from Belarus does not lead Belarus.
        const string tree = """
            1 Belarusian Belarusian ADJ JJ _ 3 amod _ Ent=B-LOCATION|Name=Belarus
            2 opposition opposition NOUN NN _ 3 compound _ _
            3 leader leader NOUN NN _ 4 compound _ _
            4 Sviatlana Sviatlana PROPN NNP _ 6 nsubj _ Ent=B-PERSON
            5 Tsikhanouskaya Tsikhanouskaya PROPN NNP _ 4 flat _ Ent=I-PERSON
            6 spoke speak VERB VBD _ 0 root _ _
            7 . . PUNCT . _ 6 punct _ _
            """;
        Facts(tree).Should().BeEmpty();
    }

    [Fact]
    public void A_person_of_an_organisation_works_for_it()
    {
        const string tree = """
            1 Jane Jane PROPN NNP _ 6 nsubj _ Ent=B-PERSON
            2 Roe Roe PROPN NNP _ 1 flat _ Ent=I-PERSON
            3 of of ADP IN _ 5 case _ _
            4 Stanford Stanford PROPN NNP _ 5 compound _ Ent=B-ORGANIZATION
            5 University University PROPN NNP _ 1 nmod _ Ent=I-ORGANIZATION
            6 said say VERB VBD _ 0 root _ _
            7 . . PUNCT . _ 6 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Jane Roe -WORKS_FOR-> Stanford University");
    }

    [Fact]
    public void A_person_of_a_place_is_not_said_to_work_for_it()
    {
        const string tree = """
            1 Jane Jane PROPN NNP _ 5 nsubj _ Ent=B-PERSON
            2 Roe Roe PROPN NNP _ 1 flat _ Ent=I-PERSON
            3 of of ADP IN _ 4 case _ _
            4 Leeds Leeds PROPN NNP _ 1 nmod _ Ent=B-LOCATION
            5 said say VERB VBD _ 0 root _ _
            6 . . PUNCT . _ 5 punct _ _
            """;
        Facts(tree).Should().BeEmpty();
    }

    [Fact]
    public void A_title_as_the_complement_of_a_verb_belongs_to_the_subject()
    {
        const string tree = """
            1 Jane Jane PROPN NNP _ 3 nsubj _ Ent=B-PERSON
            2 Roe Roe PROPN NNP _ 1 flat _ Ent=I-PERSON
            3 became become VERB VBD _ 0 root _ _
            4 the the DET DT _ 5 det _ _
            5 chairwoman chairwoman NOUN NN _ 3 xcomp _ _
            6 of of ADP IN _ 8 case _ _
            7 Acme Acme PROPN NNP _ 8 compound _ Ent=B-ORGANIZATION
            8 Bank Bank PROPN NNP _ 5 nmod _ Ent=I-ORGANIZATION
            9 . . PUNCT . _ 3 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Jane Roe -LEADS-> Acme Bank");
    }

    [Fact]
    public void A_role_after_as_belongs_to_the_subject_of_the_verb()
    {
        const string tree = """
            1 Lula Lula PROPN NNP _ 2 nsubj _ Ent=B-PERSON
            2 served serve VERB VBD _ 0 root _ _
            3 as as ADP IN _ 4 case _ _
            4 president president NOUN NN _ 2 obl _ _
            5 of of ADP IN _ 6 case _ _
            6 Brazil Brazil PROPN NNP _ 4 nmod _ Ent=B-LOCATION
            7 . . PUNCT . _ 2 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Lula -LEADS-> Brazil");
    }

    [Fact]
    public void A_title_attached_as_a_descriptive_nominal_in_the_EWT_style_counts_too()
    {
        const string tree = """
            1 Brazilian Brazilian ADJ JJ _ 2 amod _ Ent=B-LOCATION|Name=Brazil
            2 President President PROPN NNP _ 3 nmod:desc _ _
            3 Lula Lula PROPN NNP _ 4 nsubj _ Ent=B-PERSON
            4 spoke speak VERB VBD _ 0 root _ _
            5 . . PUNCT . _ 4 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Lula -LEADS-> Brazil");
    }
}
