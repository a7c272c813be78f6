using static Graph.Extraction.Tests.Relations.RelationTestKit;

namespace Graph.Extraction.Tests.Relations;

public class VerbRuleTests
{
    [Fact]
    public void Active_verb_with_coordinated_objects_relates_the_subject_to_each()
    {
        const string tree = """
            1 Chile Chile PROPN NNP _ 2 nsubj _ Ent=B-LOCATION
            2 condemned condemn VERB VBD _ 0 root _ _
            3 Russia Russia PROPN NNP _ 2 obj _ Ent=B-LOCATION
            4 and and CCONJ CC _ 5 cc _ _
            5 Belarus Belarus PROPN NNP _ 3 conj _ Ent=B-LOCATION
            6 . . PUNCT . _ 2 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Chile -CRITICIZED-> Russia", "Chile -CRITICIZED-> Belarus");
    }

    [Fact]
    public void Passive_agents_are_subjects_also_across_coordinated_passives()
    {
        const string tree = """
            1 Macron Macron PROPN NNP _ 3 nsubj:pass _ Ent=B-PERSON
            2 was be AUX VBD _ 3 aux:pass _ _
            3 criticized criticize VERB VBN _ 0 root _ _
            4 by by ADP IN _ 5 case _ _
            5 Italy Italy PROPN NNP _ 3 obl:agent _ Ent=B-LOCATION
            6 and and CCONJ CC _ 8 cc _ _
            7 then then ADV RB _ 8 advmod _ _
            8 praised praise VERB VBN _ 3 conj _ _
            9 by by ADP IN _ 10 case _ _
            10 Spain Spain PROPN NNP _ 8 obl _ Ent=B-LOCATION
            11 . . PUNCT . _ 3 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Italy -CRITICIZED-> Macron", "Spain -PRAISED-> Macron");
    }

    [Fact]
    public void A_bare_verb_takes_its_party_after_one_of_the_relations_prepositions()
    {
        const string tree = """
            1 Scholz Scholz PROPN NNP _ 2 nsubj _ Ent=B-PERSON
            2 met meet VERB VBD _ 0 root _ _
            3 with with ADP IN _ 4 case _ _
            4 Biden Biden PROPN NNP _ 2 obl _ Ent=B-PERSON
            5 in in ADP IN _ 6 case _ _
            6 Berlin Berlin PROPN NNP _ 2 obl _ Ent=B-LOCATION
            7 . . PUNCT . _ 2 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Scholz -MET-> Biden");
    }

    [Fact]
    public void A_symmetric_verb_relates_coordinated_subjects_to_each_other()
    {
        const string tree = """
            1 Scholz Scholz PROPN NNP _ 4 nsubj _ Ent=B-PERSON
            2 and and CCONJ CC _ 3 cc _ _
            3 Biden Biden PROPN NNP _ 1 conj _ Ent=B-PERSON
            4 met meet VERB VBD _ 0 root _ _
            5 on on ADP IN _ 6 case _ _
            6 Friday Friday PROPN NNP _ 4 obl _ _
            7 . . PUNCT . _ 4 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Scholz -MET-> Biden");
    }

    [Fact]
    public void A_prepositional_verb_takes_the_object_of_its_preposition()
    {
        const string tree = """
            1 Unite Unite PROPN NNP _ 2 nsubj _ Ent=B-ORGANIZATION
            2 called call VERB VBD _ 0 root _ _
            3 for for ADP IN _ 6 case _ _
            4 a a DET DT _ 6 det _ _
            5 general general ADJ JJ _ 6 amod _ Ent=B-EVENT
            6 strike strike NOUN NN _ 2 obl _ Ent=I-EVENT
            7 . . PUNCT . _ 2 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Unite -CALLED_FOR-> general strike");
    }

    [Fact]
    public void A_light_verb_phrase_from_the_ontology_signals_its_relation()
    {
        const string tree = """
            1 Trudeau Trudeau PROPN NNP _ 2 nsubj _ Ent=B-PERSON
            2 held hold VERB VBD _ 0 root _ _
            3 talks talk NOUN NNS _ 2 obj _ _
            4 with with ADP IN _ 5 case _ _
            5 Albanese Albanese PROPN NNP _ 3 nmod _ Ent=B-PERSON
            6 . . PUNCT . _ 2 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Trudeau -MET-> Albanese");
    }

    [Fact]
    public void An_infinitive_takes_its_controller_as_subject()
    {
        const string tree = """
            1 The the DET DT _ 2 det _ _
            2 vote vote NOUN NN _ 3 nsubj _ _
            3 prompted prompt VERB VBD _ 0 root _ _
            4 Meloni Meloni PROPN NNP _ 3 obj _ Ent=B-PERSON
            5 to to PART TO _ 6 mark _ _
            6 warn warn VERB VB _ 3 xcomp _ _
            7 Tunisia Tunisia PROPN NNP _ 6 obj _ Ent=B-LOCATION
            8 . . PUNCT . _ 3 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Meloni -WARNED-> Tunisia");
    }

    [Fact]
    public void A_participle_on_a_posted_message_takes_the_poster_as_subject()
    {
        const string tree = """
            1 Macron Macron PROPN NNP _ 2 nsubj _ Ent=B-PERSON
            2 posted post VERB VBD _ 0 root _ _
            3 a a DET DT _ 4 det _ _
            4 message message NOUN NN _ 2 obj _ _
            5 praising praise VERB VBG _ 4 acl _ _
            6 Kenya Kenya PROPN NNP _ 5 obj _ Ent=B-LOCATION
            7 . . PUNCT . _ 2 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Macron -PRAISED-> Kenya");
    }

    [Fact]
    public void A_relative_pronoun_stands_for_the_noun_its_clause_modifies()
    {
        const string tree = """
            1 Lula Lula PROPN NNP _ 10 nsubj _ Ent=B-PERSON
            2 , , PUNCT , _ 6 punct _ _
            3 with with ADP IN _ 4 case _ _
            4 whom whom PRON WP _ 6 obl _ _
            5 Biden Biden PROPN NNP _ 6 nsubj _ Ent=B-PERSON
            6 met meet VERB VBD _ 1 acl:relcl _ _
            7 in in ADP IN _ 8 case _ _
            8 Brasilia Brasilia PROPN NNP _ 6 obl _ Ent=B-LOCATION
            9 , , PUNCT , _ 6 punct _ _
            10 praised praise VERB VBD _ 0 root _ _
            11 Chile Chile PROPN NNP _ 10 obj _ Ent=B-LOCATION
            12 . . PUNCT . _ 10 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Biden -MET-> Lula", "Lula -PRAISED-> Chile");
    }

    [Fact]
    public void A_resolved_pronoun_subject_and_a_prepositional_verb_give_a_past_role()
    {
        const string tree = """
            1 Previously previously ADV RB _ 4 advmod _ _
            2 , , PUNCT , _ 1 punct _ _
            3 she she PRON PRP _ 4 nsubj _ Ent=B-PERSON|Name=Jane_Roe
            4 worked work VERB VBD _ 0 root _ _
            5 for for ADP IN _ 8 case _ _
            6 the the DET DT _ 8 det _ _
            7 Associated Associated PROPN NNP _ 8 compound _ Ent=B-ORGANIZATION
            8 Press Press PROPN NNP _ 4 obl _ Ent=I-ORGANIZATION
            9 . . PUNCT . _ 4 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Jane Roe -WORKS_FOR-> Associated Press");
    }

    [Fact]
    public void A_verb_listed_by_two_relations_takes_the_one_that_lists_it_first()
    {
        // "attack" is ATTACKED's first verb and a late CRITICIZED one in the ontology.
        const string tree = """
            1 Iraq Iraq PROPN NNP _ 2 nsubj _ Ent=B-LOCATION
            2 attacked attack VERB VBD _ 0 root _ _
            3 Kuwait Kuwait PROPN NNP _ 2 obj _ Ent=B-LOCATION
            4 . . PUNCT . _ 2 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Iraq -ATTACKED-> Kuwait");
    }

    [Fact]
    public void A_fact_carries_its_sentence_trigger_and_a_confidence()
    {
        const string tree = """
            1 Spain Spain PROPN NNP _ 2 nsubj _ Ent=B-LOCATION
            2 rested rest VERB VBD _ 0 root _ _
            3 . . PUNCT . _ 2 punct _ _

            1 Chile Chile PROPN NNP _ 2 nsubj _ Ent=B-LOCATION
            2 backed back VERB VBD _ 0 root _ _
            3 Peru Peru PROPN NNP _ 2 obj _ Ent=B-LOCATION
            4 . . PUNCT . _ 2 punct _ _
            """;
        var fact = Extract(tree).Should().ContainSingle().Subject;
        fact.Relation.Should().Be("SUPPORTED");
        fact.SentenceIndex.Should().Be(1);
        fact.Rule.Should().Be("verb");
        fact.Confidence.Should().BeInRange(0.5, 1.0);
        fact.Subject.Span.Should().Be(new Graph.Core.Model.TextSpan(15, 20));
        fact.Trigger.Should().Be(new Graph.Core.Model.TextSpan(21, 27));
    }

    [Fact]
    public void A_verb_with_an_object_predicate_from_the_ontology_relates_subject_and_object()
    {
        // "a leader who once called Lula his closest friend": relative pronoun, apposition, object predicate.
        const string tree = """
            1 Biden Biden PROPN NNP _ 0 root _ Ent=B-PERSON
            2 , , PUNCT , _ 4 punct _ _
            3 a a DET DT _ 4 det _ _
            4 leader leader NOUN NN _ 1 appos _ _
            5 who who PRON WP _ 8 nsubj _ _
            6 once once ADV RB _ 8 advmod _ _
            7 reportedly reportedly ADV RB _ 8 advmod _ _
            8 called call VERB VBD _ 4 acl:relcl _ _
            9 Lula Lula PROPN NNP _ 8 obj _ Ent=B-PERSON
            10 his his PRON PRP$ _ 12 nmod:poss _ Ent=B-PERSON|Name=Biden
            11 closest close ADJ JJS _ 12 amod _ _
            12 friend friend NOUN NN _ 8 xcomp _ _
            13 . . PUNCT . _ 1 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Biden -PRAISED-> Lula");
    }

    [Fact]
    public void A_word_the_lemmatizer_left_as_it_stands_is_still_recognised_by_its_base_form()
    {
        const string tree = """
            1 Chile Chile PROPN NNP _ 2 nsubj _ Ent=B-LOCATION
            2 blocked blocked VERB VBD _ 0 root _ _
            3 Peru Peru PROPN NNP _ 2 obj _ Ent=B-LOCATION
            4 . . PUNCT . _ 2 punct _ _

            1 Chile Chile PROPN NNP _ 2 nsubj _ Ent=B-LOCATION
            2 met met VERB VBD _ 0 root _ _
            3 Peru Peru PROPN NNP _ 2 obj _ Ent=B-LOCATION
            4 . . PUNCT . _ 2 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Chile -OPPOSED-> Peru", "Chile -MET-> Peru");
    }
}
