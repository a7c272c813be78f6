using static Graph.Extraction.Tests.References.ReferenceTestKit;

namespace Graph.Extraction.Tests.References;

public class ReferenceResolverTests
{
    [Fact]
    public void Pronouns_take_compatible_antecedents_and_learn_gender_as_they_go()
    {
        const string tree = """
            1 Jane Jane PROPN NNP _ 3 nsubj _ Ent=B-PERSON
            2 Roe Roe PROPN NNP _ 1 flat _ Ent=I-PERSON
            3 met meet VERB VBD _ 0 root _ _
            4 Lula Lula PROPN NNP _ 3 obj _ Ent=B-PERSON
            5 . . PUNCT . _ 3 punct _ _

            1 She she PRON PRP _ 2 nsubj _ _
            2 praised praise VERB VBD _ 0 root _ _
            3 him he PRON PRP _ 2 obj _ _
            4 . . PUNCT . _ 2 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Jane Roe -MET-> Lula", "Jane Roe -PRAISED-> Lula");
    }

    [Fact]
    public void A_description_as_object_never_refers_to_an_organisation_inside_its_own_clauses_subject()
    {
        const string tree = """
            1 Ostrava Ostrava PROPN NNP _ 3 nsubj _ Ent=B-ORGANIZATION
            2 Bank Bank PROPN NNP _ 1 flat _ Ent=I-ORGANIZATION
            3 cut cut VERB VBD _ 0 root _ _
            4 jobs job NOUN NNS _ 3 obj _ _
            5 . . PUNCT . _ 3 punct _ _

            1 Kestrel Kestrel PROPN NNP _ 3 compound _ Ent=B-ORGANIZATION
            2 Bank Bank PROPN NNP _ 1 flat _ Ent=I-ORGANIZATION
            3 chairman chairman NOUN NN _ 4 compound _ _
            4 Anton Anton PROPN NNP _ 6 nsubj _ Ent=B-PERSON
            5 Maier Maier PROPN NNP _ 4 flat _ Ent=I-PERSON
            6 criticised criticise VERB VBD _ 0 root _ _
            7 the the DET DT _ 8 det _ _
            8 bank bank NOUN NN _ 6 obj _ _
            9 . . PUNCT . _ 6 punct _ _
            """;
        Facts(tree).Should().Contain("Anton Maier -CRITICIZED-> Ostrava Bank").And.NotContain("Anton Maier -CRITICIZED-> Kestrel Bank");
    }

    [Fact]
    public void A_possessive_pronoun_takes_the_subject_before_it_and_surnames_join_full_names()
    {
        const string tree = """
            1 Olaf Olaf PROPN NNP _ 3 nsubj _ Ent=B-PERSON
            2 Scholz Scholz PROPN NNP _ 1 flat _ Ent=I-PERSON
            3 spoke speak VERB VBD _ 0 root _ _
            4 . . PUNCT . _ 3 punct _ _

            1 Scholz Scholz PROPN NNP _ 2 nsubj _ Ent=B-PERSON
            2 described describe VERB VBD _ 0 root _ _
            3 his he PRON PRP$ _ 4 nmod:poss _ _
            4 meeting meeting NOUN NN _ 2 obj _ _
            5 with with ADP IN _ 6 case _ _
            6 Lula Lula PROPN NNP _ 4 nmod _ Ent=B-PERSON
            7 . . PUNCT . _ 2 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Olaf Scholz -MET-> Lula");
    }

    [Fact]
    public void It_takes_the_nearest_organisation_or_place()
    {
        const string tree = """
            1 Spain Spain PROPN NNP _ 2 nsubj _ Ent=B-LOCATION
            2 signed sign VERB VBD _ 0 root _ _
            3 the the DET DT _ 4 det _ _
            4 treaty treaty NOUN NN _ 2 obj _ _
            5 . . PUNCT . _ 2 punct _ _

            1 It it PRON PRP _ 3 nsubj _ _
            2 then then ADV RB _ 3 advmod _ _
            3 condemned condemn VERB VBD _ 0 root _ _
            4 Morocco Morocco PROPN NNP _ 3 obj _ Ent=B-LOCATION
            5 . . PUNCT . _ 3 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Spain -CRITICIZED-> Morocco");
    }

    [Fact]
    public void The_two_leaders_are_the_last_two_people_named()
    {
        const string tree = """
            1 Scholz Scholz PROPN NNP _ 2 nsubj _ Ent=B-PERSON
            2 met meet VERB VBD _ 0 root _ _
            3 Lula Lula PROPN NNP _ 2 obj _ Ent=B-PERSON
            4 . . PUNCT . _ 2 punct _ _

            1 The the DET DT _ 3 det _ _
            2 two two NUM CD _ 3 nummod _ _
            3 leaders leader NOUN NNS _ 4 nsubj _ _
            4 praised praise VERB VBD _ 0 root _ _
            5 Chile Chile PROPN NNP _ 4 obj _ Ent=B-LOCATION
            6 . . PUNCT . _ 4 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Scholz -MET-> Lula", "Scholz -PRAISED-> Chile", "Lula -PRAISED-> Chile");
    }

    [Fact]
    public void An_acting_capital_stands_for_its_country_and_a_capital_as_a_place_stays_a_place()
    {
        const string tree = """
            1 Ankara Ankara PROPN NNP _ 2 nsubj _ Ent=B-LOCATION
            2 warned warn VERB VBD _ 0 root _ _
            3 Athens Athens PROPN NNP _ 2 obj _ Ent=B-LOCATION
            4 . . PUNCT . _ 2 punct _ _

            1 Talks talk NOUN NNS _ 3 nsubj:pass _ _
            2 were be AUX VBD _ 3 aux:pass _ _
            3 held hold VERB VBN _ 0 root _ _
            4 in in ADP IN _ 5 case _ _
            5 Oslo Oslo PROPN NNP _ 3 obl _ Ent=B-LOCATION
            6 . . PUNCT . _ 3 punct _ _
            """;
        var (references, facts) = Run(tree);
        facts.Select(f => $"{f.Subject.Name} -{f.Relation}-> {f.Object.Name}").Should().BeEquivalentTo("Turkey -WARNED-> Greece");
        references.Entities.Select(e => e.Name).Should().BeEquivalentTo("Turkey", "Greece", "Oslo");
        references.Entities.Single(e => e.Name == "Turkey").Aliases.Should().Contain("Ankara");
    }

    [Fact]
    public void A_description_takes_the_person_the_article_says_holds_the_role()
    {
        const string tree = """
            1 Mexican Mexican ADJ JJ _ 2 amod _ Ent=B-LOCATION|Kind=Demonym|Ref=Mexico
            2 President president PROPN NNP _ 3 compound _ _
            3 Claudia Claudia PROPN NNP _ 5 nsubj _ Ent=B-PERSON
            4 Sheinbaum Sheinbaum PROPN NNP _ 3 flat _ Ent=I-PERSON
            5 arrived arrive VERB VBD _ 0 root _ _
            6 . . PUNCT . _ 5 punct _ _

            1 Jane Jane PROPN NNP _ 3 nsubj _ Ent=B-PERSON
            2 Roe Roe PROPN NNP _ 1 flat _ Ent=I-PERSON
            3 waited wait VERB VBD _ 0 root _ _
            4 . . PUNCT . _ 3 punct _ _

            1 The the DET DT _ 3 det _ _
            2 Mexican Mexican ADJ JJ _ 3 amod _ Ent=B-LOCATION|Kind=Demonym|Ref=Mexico
            3 president president NOUN NN _ 4 nsubj _ _
            4 praised praise VERB VBD _ 0 root _ _
            5 Brazil Brazil PROPN NNP _ 4 obj _ Ent=B-LOCATION
            6 . . PUNCT . _ 4 punct _ _
            """;
        Facts(tree).Should().BeEquivalentTo("Claudia Sheinbaum -LEADS-> Mexico", "Claudia Sheinbaum -PRAISED-> Brazil");
    }

    [Fact]
    public void An_unstated_leader_is_presumed_to_be_the_most_mentioned_person_at_low_confidence()
    {
        const string tree = """
            1 Sheinbaum Sheinbaum PROPN NNP _ 2 nsubj _ Ent=B-PERSON
            2 spoke speak VERB VBD _ 0 root _ _
            3 . . PUNCT . _ 2 punct _ _

            1 Jane Jane PROPN NNP _ 3 nsubj _ Ent=B-PERSON
            2 Roe Roe PROPN NNP _ 1 flat _ Ent=I-PERSON
            3 listened listen VERB VBD _ 0 root _ _
            4 to to ADP IN _ 5 case _ _
            5 Sheinbaum Sheinbaum PROPN NNP _ 3 obl _ Ent=B-PERSON
            6 . . PUNCT . _ 3 punct _ _

            1 The the DET DT _ 3 det _ _
            2 Mexican Mexican ADJ JJ _ 3 amod _ Ent=B-LOCATION|Kind=Demonym|Ref=Mexico
            3 president president NOUN NN _ 5 nsubj:pass _ _
            4 was be AUX VBD _ 5 aux:pass _ _
            5 criticized criticize VERB VBN _ 0 root _ _
            6 by by ADP IN _ 7 case _ _
            7 Peru Peru PROPN NNP _ 5 obl:agent _ Ent=B-LOCATION
            8 . . PUNCT . _ 5 punct _ _
            """;
        var (references, facts) = Run(tree);
        facts.Select(f => $"{f.Subject.Name} -{f.Relation}-> {f.Object.Name}")
            .Should().BeEquivalentTo("Sheinbaum -LEADS-> Mexico", "Peru -CRITICIZED-> Sheinbaum");
        facts.Should().OnlyContain(f => f.Confidence <= 0.5);
        references.Entities.Single(e => e.Name == "Sheinbaum").Aliases.Should().Contain("The Mexican president");
    }

    [Fact]
    public void A_capital_that_acts_in_half_of_its_mentions_is_wholly_its_country()
    {
        const string tree = """
            1 Ankara Ankara PROPN NNP _ 2 nsubj _ Ent=B-LOCATION
            2 warned warn VERB VBD _ 0 root _ _
            3 Greece Greece PROPN NNP _ 2 obj _ Ent=B-LOCATION
            4 . . PUNCT . _ 2 punct _ _

            1 Talks talk NOUN NNS _ 3 nsubj:pass _ _
            2 were be AUX VBD _ 3 aux:pass _ _
            3 held hold VERB VBN _ 0 root _ _
            4 in in ADP IN _ 5 case _ _
            5 Ankara Ankara PROPN NNP _ 3 obl _ Ent=B-LOCATION
            6 . . PUNCT . _ 3 punct _ _
            """;
        var (references, _) = Run(tree);
        references.Entities.Select(e => e.Name).Should().BeEquivalentTo("Turkey", "Greece");
    }

    [Fact]
    public void A_title_followed_by_a_name_is_that_persons_title_not_a_reference()
    {
        const string tree = """
            1 Sheinbaum Sheinbaum PROPN NNP _ 2 nsubj _ Ent=B-PERSON
            2 spoke speak VERB VBD _ 0 root _ _
            3 . . PUNCT . _ 2 punct _ _

            1 Sheinbaum Sheinbaum PROPN NNP _ 2 nsubj _ Ent=B-PERSON
            2 left leave VERB VBD _ 0 root _ _
            3 . . PUNCT . _ 2 punct _ _

            1 Peru Peru PROPN NNP _ 4 nmod:poss _ Ent=B-LOCATION
            2 's 's PART POS _ 1 case _ _
            3 chief chief ADJ JJ _ 4 amod _ _
            4 director director NOUN NN _ 0 root _ _
            5 , , PUNCT , _ 6 punct _ _
            6 Ana Ana PROPN NNP _ 8 nsubj _ Ent=B-PERSON
            7 Lopez Lopez PROPN NNP _ 6 flat _ Ent=I-PERSON
            8 resigned resign VERB VBD _ 4 parataxis _ _
            9 . . PUNCT . _ 4 punct _ _
            """;
        Facts(tree).Should().NotContain(f => f.StartsWith("Sheinbaum", StringComparison.Ordinal));
    }
}
