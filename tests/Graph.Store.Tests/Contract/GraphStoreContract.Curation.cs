using Graph.Core.Model;
using Graph.Store.Tests.Support;

namespace Graph.Store.Tests.Contract;

/// <summary>Manual curation: merges and aliases.</summary>
public abstract partial class GraphStoreContract
{
    private static ArticleFacts[] TwoPutins() =>
    [
        Article("a1", day: 1).Entity("Vladimir Putin", "PERSON").Entity("Xi Jinping", "PERSON").Says("Vladimir Putin", "MET", "Xi Jinping", 0.5),
        Article("a2", day: 2).Entity("V. V. Putin", "PERSON", "VVP").Entity("Xi Jinping", "PERSON").Says("Xi Jinping", "MET", "V. V. Putin", 0.5).Says("V. V. Putin", "PRAISED", "Xi Jinping"),
    ];

    [Fact]
    public async Task A_merge_moves_statements_and_aliases_and_reaggregates_relations()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(TwoPutins());

        var kept = await store.MergeEntitiesAsync("person:vladimir-putin", "person:v-v-putin");

        kept.Id.Should().Be("person:vladimir-putin");
        kept.Aliases.Should().Equal("V. V. Putin", "VVP");
        kept.MentionCount.Should().Be(3);
        (await store.GetEntityAsync("person:v-v-putin")).Should().BeNull();
        var snapshot = await store.ReadAllAsync();
        snapshot.Relations.Select(r => (r.Id, r.Support)).Should().Equal(
            ("person:vladimir-putin|MET|person:xi-jinping", 2),
            ("person:vladimir-putin|PRAISED|person:xi-jinping", 1));
        snapshot.Relations[0].Confidence.Should().BeApproximately(0.75, 1e-9);
        snapshot.Statements.Should().OnlyContain(s => s.SubjectId != "person:v-v-putin" && s.ObjectId != "person:v-v-putin");
        (await store.FindEntitiesByNameAsync("VVP")).Single().Id.Should().Be("person:vladimir-putin");
    }

    [Fact]
    public async Task After_a_merge_later_articles_naming_the_merged_entity_resolve_to_the_kept_one()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(TwoPutins());
        await store.MergeEntitiesAsync("person:vladimir-putin", "person:v-v-putin");

        await store.PutArticleAsync(Article("a3", day: 3).Entity("V. V. Putin", "PERSON").Entity("Narendra Modi", "PERSON").Says("Narendra Modi", "MET", "V. V. Putin"));
        await store.PutArticleAsync(TwoPutins()[1] with { Article = TwoPutins()[1].Article with { ContentHash = "changed" } });

        var snapshot = await store.ReadAllAsync();
        snapshot.Entities.Select(e => e.Id).Should().Equal("person:narendra-modi", "person:vladimir-putin", "person:xi-jinping");
        snapshot.Relations.Should().Contain(r => r.Id == "person:narendra-modi|MET|person:vladimir-putin");
    }

    [Fact]
    public async Task A_merge_of_unknown_or_mismatched_entities_is_refused_and_changes_nothing()
    {
        var store = await NewStoreAsync();
        var before = await store.SnapshotAfter(ThreeArticles());

        var unknown = () => store.MergeEntitiesAsync("person:vladimir-putin", "person:nobody");
        var self = () => store.MergeEntitiesAsync("person:vladimir-putin", "person:vladimir-putin");
        var types = () => store.MergeEntitiesAsync("person:vladimir-putin", "organization:nato");

        (await unknown.Should().ThrowAsync<EntityNotFoundException>()).Which.EntityId.Should().Be("person:nobody");
        await self.Should().ThrowAsync<ArgumentException>();
        await types.Should().ThrowAsync<ArgumentException>();
        (await store.ReadAllAsync()).ShouldEqual(before);
    }

    [Fact]
    public async Task A_manual_alias_is_found_by_name_and_search_and_keeps_its_entity_when_articles_go()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(ThreeArticles());

        var entity = await store.AddAliasAsync("person:narendra-modi", "NaMo");

        entity.Aliases.Should().Contain("NaMo");
        (await store.FindEntitiesByNameAsync("namo")).Single().Id.Should().Be("person:narendra-modi");
        (await store.SearchEntitiesAsync(new EntitySearch("NaM"))).Items.Single().Entity.Id.Should().Be("person:narendra-modi");
        await store.RetractArticleAsync("a3");
        var kept = await store.GetEntityAsync("person:narendra-modi");
        kept.Should().NotBeNull("a curated entity stays when its articles go");
        kept!.Aliases.Should().Equal("NaMo");
        kept.MentionCount.Should().Be(0);
        (await store.GetEntityAsync("person:xi-jinping")).Should().NotBeNull("a1 still mentions Xi");
        var missing = () => store.AddAliasAsync("person:nobody", "X");
        await missing.Should().ThrowAsync<EntityNotFoundException>();
    }
}
