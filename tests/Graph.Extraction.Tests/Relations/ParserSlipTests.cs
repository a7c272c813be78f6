using static Graph.Extraction.Tests.Relations.RelationTestKit;

namespace Graph.Extraction.Tests.Relations;

/// <summary>
/// Constructions a statistical parser often attaches wrongly, and what the rules still read off them.
/// The trees below are wrong on purpose, in the ways the project's parser was seen to be wrong.
/// </summary>
public class ParserSlipTests
{
    [Fact]
    public void A_finite_verb_left_without_a_subject_takes_the_entity_before_it()
    {
        // "Jane Roe" hung on "later" as a conjunct; "criticized" has no nsubj.
        const string tree = """
            1 Days day NOUN NNS _ 2 obl:unmarked _ _
            2 later late ADV RB _ 0 root _ _
            3 , , PUNCT , _ 5 punct _ _
            4 Jane Jane PROPN NNP _ 5 compound _ Ent=B-PERSON
            5 Roe Roe PROPN NNP _ 2 conj _ Ent=I-PERSON
            6 , , PUNCT , _ 8 punct _ _
            7 the the DET DT _ 8 det _ _
            8 head head NOUN NN _ 5 appos _ _
            9 of of ADP IN _ 10 case _ _
            10 Acme Acme PROPN NNP _ 8 nmod _ Ent=B-ORGANIZATION|Name=Acme_Bank
            11 Bank Bank PROPN NNP _ 10 flat _ Ent=I-ORGANIZATION
            12 , , PUNCT , _ 13 punct _ _
            13 criticized criticize VERB VBN _ 2 conj _ _
            14 Peru Peru PROPN NNP _ 13 obj _ Ent=B-LOCATION
            15 . . PUNCT . _ 2 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Jane Roe -LEADS-> Acme Bank", "Jane Roe -CRITICIZED-> Peru");
    }

    [Fact]
    public void A_passive_subject_hung_on_an_earlier_noun_is_the_noun_right_before_the_auxiliary()
    {
        const string tree = """
            1 his his PRON PRP$ _ 2 nmod:poss _ _
            2 position position NOUN NN _ 0 root _ _
            3 as as ADP IN _ 4 case _ _
            4 Lula Lula PROPN NNP _ 2 nmod _ Ent=B-PERSON
            5 was be AUX VBD _ 6 aux:pass _ _
            6 blocked block VERB VBN _ 2 ccomp _ _
            7 by by ADP IN _ 8 case _ _
            8 Chile Chile PROPN NNP _ 6 obl:agent _ Ent=B-LOCATION
            9 and and CCONJ CC _ 10 cc _ _
            10 criticized criticize VERB VBN _ 6 conj _ _
            11 by by ADP IN _ 12 case _ _
            12 Peru Peru PROPN NNP _ 10 obl:agent _ Ent=B-LOCATION
            13 . . PUNCT . _ 2 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Chile -OPPOSED-> Lula", "Peru -CRITICIZED-> Lula");
    }

    [Fact]
    public void A_relative_pronoun_stands_for_the_name_right_before_it_whatever_it_hangs_on()
    {
        const string tree = """
            1 Brazilian Brazilian ADJ JJ _ 0 root _ Ent=B-LOCATION|Name=Brazil
            2 President President PROPN NNP _ 3 nmod:desc _ _
            3 Lula Lula PROPN NNP _ 7 nsubj _ Ent=B-PERSON
            4 , , PUNCT , _ 6 punct _ _
            5 with with ADP IN _ 6 case _ _
            6 whom whom PRON WP _ 8 obl _ _
            7 Biden Biden PROPN NNP _ 8 nsubj _ Ent=B-PERSON
            8 met meet VERB VBD _ 1 acl:relcl _ _
            9 . . PUNCT . _ 1 punct _ _
            """;
        Facts(tree).Should().Contain("Biden -MET-> Lula").And.NotContain(f => f.Contains("MET-> Brazil"));
    }

    [Fact]
    public void A_demonym_right_before_a_title_qualifies_it_wherever_it_hangs()
    {
        const string tree = """
            1 One one NUM CD _ 0 root _ _
            2 is be AUX VBZ _ 3 cop _ _
            3 Brazilian Brazilian ADJ JJ _ 1 amod _ Ent=B-LOCATION|Name=Brazil
            4 President President PROPN NNP _ 5 nmod:desc _ _
            5 Lula Lula PROPN NNP _ 1 nsubj _ Ent=B-PERSON
            6 . . PUNCT . _ 1 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Lula -LEADS-> Brazil");
    }

    [Fact]
    public void Conjuncts_of_a_different_type_after_a_modifier_of_that_type_coordinate_with_the_modifier()
    {
        const string tree = """
            1 She she PRON PRP _ 2 nsubj _ Ent=B-PERSON|Name=Jane_Roe
            2 worked work VERB VBD _ 0 root _ _
            3 for for ADP IN _ 4 case _ _
            4 Acme Acme PROPN NNP _ 2 obl _ Ent=B-ORGANIZATION
            5 in in ADP IN _ 6 case _ _
            6 Lima Lima PROPN NNP _ 4 nmod _ Ent=B-LOCATION
            7 , , PUNCT , _ 8 punct _ _
            8 Quito Quito PROPN NNP _ 4 conj _ Ent=B-LOCATION
            9 and and CCONJ CC _ 10 cc _ _
            10 Bogota Bogota PROPN NNP _ 4 conj _ Ent=B-LOCATION
            11 . . PUNCT . _ 2 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Jane Roe -WORKS_FOR-> Acme");
    }

    [Fact]
    public void A_gerund_parsed_as_a_verb_still_relates_the_parties_between_which_it_happens()
    {
        const string tree = """
            1 There there PRON EX _ 4 expl _ _
            2 has have AUX VBZ _ 4 aux _ _
            3 been be AUX VBN _ 4 aux _ _
            4 fighting fight VERB VBG _ 0 root _ _
            5 between between ADP IN _ 6 case _ _
            6 Sudan Sudan PROPN NNP _ 4 obl _ Ent=B-LOCATION
            7 and and CCONJ CC _ 8 cc _ _
            8 Chad Chad PROPN NNP _ 6 conj _ Ent=B-LOCATION
            9 . . PUNCT . _ 4 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Sudan -FOUGHT-> Chad");
    }

    [Fact]
    public void Not_only_does_not_negate()
    {
        const string tree = """
            1 Not not PART RB _ 6 advmod _ _
            2 only only ADV RB _ 6 advmod _ _
            3 is be AUX VBZ _ 6 cop _ _
            4 Chile Chile PROPN NNP _ 6 nsubj _ Ent=B-LOCATION
            5 a a DET DT _ 6 det _ _
            6 buyer buyer NOUN NN _ 0 root _ _
            7 of of ADP IN _ 9 case _ _
            8 Peruvian Peruvian ADJ JJ _ 9 amod _ Ent=B-LOCATION|Name=Peru
            9 copper copper NOUN NN _ 6 nmod _ _
            10 . . PUNCT . _ 6 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Chile -BUYS_FROM-> Peru");
    }

    [Fact]
    public void A_name_inside_a_longer_mention_stands_for_itself()
    {
        const string tree = """
            1 Iraq Iraq PROPN NNP _ 3 nmod:poss _ Ent=B-LOCATION
            2 's 's PART POS _ 1 case _ _
            3 invasion invasion NOUN NN _ 0 root _ _
            4 of of ADP IN _ 5 case _ _
            5 Kuwait Kuwait PROPN NNP _ 3 nmod _ Ent=B-LOCATION
            """;
        var (sentences, mentions) = ConllU.Read(tree);
        mentions.Add(0, 2, 5, new Graph.Extraction.References.ResolvedMention("invasion of Kuwait", "EVENT", new Graph.Core.Model.TextSpan(8, 27), 1));
        var facts = new Graph.Extraction.Relations.RelationExtractor(Graph.Core.Ontology.GraphOntology.Default).Extract(sentences[0], mentions);
        facts.Select(f => $"{f.Subject.Name} -{f.Relation}-> {f.Object.Name}").Should().BeEquivalentTo("Iraq -ATTACKED-> Kuwait");
    }

    [Fact]
    public void A_verb_hung_on_the_subject_of_a_later_verb_shares_that_subject()
    {
        const string tree = """
            1 Jane Jane PROPN NNP _ 9 nsubj _ Ent=B-PERSON
            2 Roe Roe PROPN NNP _ 1 flat _ Ent=I-PERSON
            3 , , PUNCT , _ 4 punct _ _
            4 sought seek VERB VBN _ 1 conj _ _
            5 a a DET DT _ 6 det _ _
            6 ceasefire ceasefire NOUN NN _ 4 obj _ Ent=B-EVENT
            7 and and CCONJ CC _ 9 cc _ _
            8 then then ADV RB _ 9 advmod _ _
            9 resigned resign VERB VBD _ 0 root _ _
            10 . . PUNCT . _ 9 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Jane Roe -CALLED_FOR-> ceasefire");
    }
}
