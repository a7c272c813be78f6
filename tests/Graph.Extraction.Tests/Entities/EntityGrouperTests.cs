using Graph.Core.Model;
using Graph.Extraction.Entities;

namespace Graph.Extraction.Tests.Entities;

public class EntityGrouperTests
{
    private static int position;

    private static Mention M(string text, string type, MentionKind kind = MentionKind.Name, string? referent = null, string? title = null)
    {
        var at = position++;
        return new Mention(at, 0, text.Split(' ').Length, new TextSpan(at * 100, (at * 100) + text.Length), text, type)
        {
            Kind = kind, Referent = referent, Title = title,
        };
    }

    private static DocumentEntity Named(IReadOnlyList<DocumentEntity> entities, string name) =>
        entities.Should().ContainSingle(e => e.Name == name, $"one entity \"{name}\" among {string.Join(", ", entities)}").Subject;

    [Fact]
    public void Surname_joins_the_full_name_which_is_canonical()
    {
        var entities = EntityGrouper.Group([M("Lindqvist", EntityTypes.Person), M("Maria Lindqvist", EntityTypes.Person, title: "Minister"), M("Lindqvist", EntityTypes.Person)]);
        var person = entities.Should().ContainSingle().Subject;
        person.Name.Should().Be("Maria Lindqvist");
        person.Aliases.Should().Equal("Lindqvist", "Minister Maria Lindqvist");
        person.Mentions.Should().HaveCount(3);
    }

    [Fact]
    public void A_surname_the_model_mistyped_still_joins_the_person()
    {
        var entities = EntityGrouper.Group([M("Tomas Ferrer", EntityTypes.Person), M("Ferrer", EntityTypes.Organization)]);
        entities.Should().ContainSingle().Which.Type.Should().Be(EntityTypes.Person);
    }

    [Fact]
    public void Acronym_and_short_form_join_the_organisation()
    {
        var entities = EntityGrouper.Group([M("Nordic Grain Council", EntityTypes.Organization), M("NGC", EntityTypes.Organization), M("Grain Council", EntityTypes.Organization)]);
        var organisation = entities.Should().ContainSingle().Subject;
        organisation.Name.Should().Be("Nordic Grain Council");
        organisation.Aliases.Should().BeEquivalentTo("NGC", "Grain Council");
    }

    [Fact]
    public void A_generic_word_alone_does_not_join_an_organisation()
    {
        var entities = EntityGrouper.Group([M("Nordic Grain Council", EntityTypes.Organization), M("Council", EntityTypes.Organization)]);
        entities.Should().HaveCount(2);
    }

    [Fact]
    public void Ambiguous_short_form_stays_apart()
    {
        var entities = EntityGrouper.Group([M("Halden Media", EntityTypes.Organization), M("Halden Capital", EntityTypes.Organization), M("Halden", EntityTypes.Organization)]);
        entities.Select(e => e.Name).Should().BeEquivalentTo("Halden Media", "Halden Capital", "Halden");
    }

    [Fact]
    public void Demonym_joins_its_country_and_names_it_when_alone()
    {
        var withName = EntityGrouper.Group([M("Peru", EntityTypes.Location), M("Peruvian", EntityTypes.Location, MentionKind.Demonym, "Peru")]);
        withName.Should().ContainSingle().Which.Aliases.Should().Equal("Peruvian");
        var alone = EntityGrouper.Group([M("Peruvian", EntityTypes.Location, MentionKind.Demonym, "Peru")]);
        alone.Should().ContainSingle().Which.Name.Should().Be("Peru");
    }

    [Fact]
    public void Abbreviation_with_referent_is_named_by_the_referent()
    {
        var entities = EntityGrouper.Group([M("U.S.", EntityTypes.Location, referent: "United States"), M("United States", EntityTypes.Location)]);
        var country = entities.Should().ContainSingle().Subject;
        country.Name.Should().Be("United States");
        country.Aliases.Should().Equal("U.S.");
    }

    [Fact]
    public void Events_group_by_head_noun_across_spellings()
    {
        var entities = EntityGrouper.Group(
        [
            M("mobilisation", EntityTypes.Event, MentionKind.Nominal),
            M("partial mobilization", EntityTypes.Event, MentionKind.Nominal),
            M("the war", EntityTypes.Event, MentionKind.Nominal),
            M("war in Moldova", EntityTypes.Event, MentionKind.Nominal),
            M("counter-offensive", EntityTypes.Event, MentionKind.Nominal),
            M("counteroffensive", EntityTypes.Event, MentionKind.Nominal),
        ]);
        entities.Select(e => e.Name).Should().BeEquivalentTo("partial mobilization", "war in Moldova", "counter-offensive");
        Named(entities, "war in Moldova").Aliases.Should().Equal("the war");
    }

    [Fact]
    public void Pronouns_added_later_are_mentions_but_never_aliases()
    {
        var person = EntityGrouper.Group([M("Ida Holm", EntityTypes.Person)]).Single();
        var more = person.WithMentions([M("she", EntityTypes.Person, MentionKind.Pronoun), M("the minister", EntityTypes.Person, MentionKind.Title)]);
        more.Mentions.Should().HaveCount(3);
        more.Aliases.Should().Equal("the minister");
        more.Name.Should().Be("Ida Holm");
    }
}
