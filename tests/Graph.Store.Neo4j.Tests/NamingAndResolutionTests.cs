using Graph.Core.Model;
using Graph.Core.Names;
using Graph.Core.Ontology;
using Graph.Store.Neo4j.Writing;
using Graph.Store.Rules;

namespace Graph.Store.Neo4j.Tests;

/// <summary>The pure rules behind the Neo4j writes: labels, resolution tiers, names and ids, relation keys.</summary>
public sealed class NamingAndResolutionTests
{
    private static readonly GraphOntology Ontology = GraphOntology.Default;

    [Theory]
    [InlineData("PERSON", "Person")]
    [InlineData("ORGANIZATION", "Organization")]
    public void Entity_labels_follow_the_ontology(string type, string label) => EntityLabels.For(Ontology, type).Should().Be(label);

    [Fact]
    public void A_label_is_made_only_from_an_ontology_type()
    {
        var act = () => EntityLabels.For(Ontology, "Person) DETACH DELETE (n");

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_relationship_type_is_made_only_from_an_ontology_type()
    {
        var act = () => new RelationKey("a", "MET]->() DELETE r //", "b").Row(Ontology);

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Symmetric_relations_put_the_smaller_id_first()
    {
        RelationKey.Of(Ontology, "person:xi", "MET", "person:putin").Id.Should().Be("person:putin|MET|person:xi");
        RelationKey.Of(Ontology, "person:xi", "CRITICIZED", "person:putin").Id.Should().Be("person:xi|CRITICIZED|person:putin");
    }

    [Fact]
    public void A_surname_joins_the_one_full_name_it_is_the_last_word_of_but_not_two()
    {
        var putin = new Candidate("person:vladimir-putin", "vladimir putin", ["vladimir putin"], "putin");
        var one = Resolve([new ArticleEntity("Putin", "PERSON")], ("putin", putin));
        one.Should().Equal("person:vladimir-putin");

        var other = new Candidate("person:lyudmila-putin", "lyudmila putin", ["lyudmila putin"], "putin");
        var two = Resolve([new ArticleEntity("Putin", "PERSON")], ("putin", putin), ("putin", other));
        two.Should().Equal([null], "two people share the surname: never merged silently");
    }

    [Fact]
    public void A_full_name_joins_its_surname_seen_first_unless_another_full_name_has_that_surname()
    {
        var surname = new Candidate("person:putin", "putin", ["putin"], null);
        Resolve([new ArticleEntity("Vladimir Putin", "PERSON")], ("vladimir putin", surname)).Should().Equal("person:putin");

        var lyudmila = new Candidate("person:lyudmila-putin", "lyudmila putin", ["lyudmila putin"], "putin");
        Resolve([new ArticleEntity("Vladimir Putin", "PERSON")], ("vladimir putin", surname), ("vladimir putin", lyudmila)).Should().Equal([null]);
    }

    [Fact]
    public void A_merge_redirect_wins_and_an_entity_claimed_by_the_article_is_no_candidate()
    {
        var nato = new Candidate("organization:nato", "nato", ["alliance", "nato"], null);
        var redirects = new Dictionary<string, string> { ["north atlantic treaty organization"] = "organization:nato" };
        var entities = new[] { new ArticleEntity("NATO", "ORGANIZATION"), new ArticleEntity("the alliance", "ORGANIZATION"), new ArticleEntity("North Atlantic Treaty Organization", "ORGANIZATION") };
        var candidates = new[] { ("nato", nato), ("alliance", nato) }.ToLookup(c => c.Item1, c => c.Item2, StringComparer.Ordinal);

        EntityResolution.Resolve(entities, candidates, redirects).Should().Equal(
            new string?[] { "organization:nato", null, null },
            "NATO claims the entity first; the article says 'the alliance' and the long name are other things");
        EntityResolution.Resolve([entities[2]], candidates, redirects).Should().Equal(["organization:nato"], "a name merged by hand goes where the merge put it");
    }

    [Fact]
    public void The_fullest_mention_names_an_entity_whatever_the_order_of_arrival()
    {
        var mentions = new[]
        {
            new Mention("Putin", "putin", 1, 1, ["Putin"]),
            new Mention("Vladimir Putin", "vladimir putin", 2, 3, ["Vladimir Putin", "President Putin"]),
            new Mention("Vladimir Putin", "vladimir putin", 2, 2, ["Vladimir Putin"]),
        };

        EntityNaming.FullestName(mentions).Should().Be("Vladimir Putin");
        EntityNaming.FullestName(mentions.Reverse()).Should().Be("Vladimir Putin");
        var names = EntityNaming.Derive("PERSON", "Vladimir Putin", mentions, ["Володимир Путін"]);
        names.Aliases.Should().Equal("President Putin", "Putin", "Володимир Путін");
        names.AliasKeys.Should().Contain(["putin", "vladimir putin", "president putin"]);
        names.LastToken.Should().Be("putin");
        names.SearchText.Should().StartWith("vladimir putin ");
        EntityNaming.IdStem("PERSON", "Vladimir Putin").Should().Be("person:vladimir-putin");
    }

    private static IReadOnlyList<string?> Resolve(ArticleEntity[] entities, params (string Key, Candidate Candidate)[] candidates) =>
        EntityResolution.Resolve(entities, candidates.ToLookup(c => c.Key, c => c.Candidate, StringComparer.Ordinal), new Dictionary<string, string>());

    [Fact]
    public void The_candidate_query_row_carries_the_surname_only_for_multi_word_people()
    {
        EntityResolution.QueryRows(new ArticleEntity("Vladimir Putin", "PERSON")).Single()["surname"].Should().Be("putin");
        EntityResolution.QueryRows(new ArticleEntity("Putin", "PERSON")).Single()["surname"].Should().BeNull();
        EntityResolution.QueryRows(new ArticleEntity("Bank of England", "ORGANIZATION")).Single()["surname"].Should().BeNull();
        EntityResolution.QueryRows(new ArticleEntity("Bank of England", "ORGANIZATION")).Single()["key"].Should().Be(NameKey.Of("Bank of England"));
    }

    [Theory]
    [InlineData("International Widget Council", "IWC", "iwc")]
    [InlineData("International Widget Council", "I.W.C.", "i w c")]
    [InlineData("Bank of Freedonia", "BoF", "bof")]
    [InlineData("Chamber of Shipping", "CS", "cs")]
    public void An_alias_spelling_the_names_initials_is_an_acronym_of_it(string name, string alias, string key) =>
        EntityNameRules.AcronymKeys(NameKey.Of(name), [alias, "the council"]).Should().Equal(key);

    [Theory]
    [InlineData("International Widget Council", "IW")]
    [InlineData("International Widget Council", "Council")]
    [InlineData("Widgets", "W")]
    [InlineData("International Widget Council", "IWC2")]
    public void Other_aliases_are_no_acronym(string name, string alias) =>
        EntityNameRules.AcronymKeys(NameKey.Of(name), [alias]).Should().BeEmpty();

    [Fact]
    public void A_full_name_joins_the_entity_named_by_the_acronym_the_article_gives_it_and_asks_for_it()
    {
        var iwc = new Candidate("organization:iwc", "iwc", ["iwc"], null);
        var full = new ArticleEntity("International Widget Council", "ORGANIZATION", ["IWC", "the council"]);
        Resolve([full], ("iwc", iwc)).Should().Equal("organization:iwc");
        Resolve([new ArticleEntity("International Widget Council", "ORGANIZATION", ["the council"])], ("iwc", iwc)).Should().Equal([null], "no acronym given, no join");
        var council = new Candidate("organization:council", "council", ["council"], null);
        Resolve([full], ("council", council)).Should().Equal([null], "an alias that is no acronym never joins a canonical name");
        EntityResolution.QueryRows(full).Select(r => r["key"]).Should().Equal("international widget council", "iwc");
    }
}
