using Graph.Interchange.Reading;
using Graph.Store;

namespace Graph.Interchange.Tests;

/// <summary>
/// Hand merges and hand-given aliases live outside articles; a copy (an export imported again, or a push) must not lose
/// them: after the articles are in, <see cref="CurationReplay"/> makes them again, and the copy equals the source.
/// </summary>
public class CurationCarryTests
{
    [Theory]
    [MemberData(nameof(RoundTripTests.Formats), MemberType = typeof(RoundTripTests))]
    public async Task A_curated_graph_exported_and_imported_into_an_empty_store_is_the_same_graph(string format)
    {
        await using var sample = await SampleGraph.CreateAsync();
        var kept = (await sample.Store.FindEntitiesByNameAsync("Ngozi Adebayo-Okafor")).Single();
        var merged = (await sample.Store.FindEntitiesByNameAsync("Tomasz Wiśniewski")).Single();
        await sample.Store.MergeEntitiesAsync(kept.Id, merged.Id);
        await sample.Store.AddAliasAsync(kept.Id, "The Harbour Minister");
        var original = await sample.Store.ReadAllAsync();
        var (fresh, clock) = await sample.FreshStoreAsync("curated-" + format);
        await using (fresh)
        {
            var readBack = await RoundTripTests.ExportAndReadAsync(original, format, sample.Folder);
            await GraphLoader.LoadAsync(fresh, clock, GraphReplay.Articles(readBack, Core.Ontology.GraphOntology.Default));
            (await fresh.ReadAllAsync()).Entities.Should().Contain(e => e.Name == "Tomasz Wiśniewski", "put again without the merge, the merged name is its own entity");

            var plan = await CurationReplay.CarryOverAsync(fresh, readBack);

            plan.Merges.Should().ContainSingle().Which.Kept.Should().Be(kept.Id);
            plan.Aliases.Should().Equal(new ReplayedAlias(kept.Id, "The Harbour Minister"));
            plan.Uncarried.Should().BeEmpty();
            RoundTripTests.ShouldBeSame(await fresh.ReadAllAsync(), original);
            (await CurationReplay.CarryOverAsync(fresh, readBack)).IsEmpty.Should().BeTrue("a second run finds the curation already there");
        }
    }

    [Fact]
    public async Task An_uncurated_graph_needs_nothing_and_a_curated_entity_no_article_mentions_is_named_as_left_behind()
    {
        await using var sample = await SampleGraph.CreateAsync();
        var clean = await sample.Store.ReadAllAsync();
        CurationReplay.Plan(clean, clean).IsEmpty.Should().BeTrue();

        var council = (await sample.Store.FindEntitiesByNameAsync("Council of Ports; Harbours")).Single();
        await sample.Store.AddAliasAsync(council.Id, "the port council");
        var articleId = clean.Mentions.Where(m => m.EntityId == council.Id).Select(m => m.ArticleId).Distinct().Single();
        await sample.Store.RetractArticleAsync(articleId);
        var curated = await sample.Store.ReadAllAsync();
        curated.Entities.Should().Contain(e => e.Id == council.Id, "a curated entity stays without articles");

        CurationReplay.Plan(curated, clean).Uncarried.Should().Equal(council.Id);
    }
}
