using Graph.Core.Model;
using Graph.Store.Tests.Support;

namespace Graph.Store.Tests.Contract;

/// <summary>Re-ingestion: same content changes nothing; changed content replaces exactly its own; retraction removes exactly its own; failures leave the previous version.</summary>
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task A_new_article_is_added_and_its_facts_are_aggregated()
    {
        var store = await NewStoreAsync();
        var results = await store.PutArticlesAsync(ThreeArticles());

        results.Select(r => r.Outcome).Should().Equal(PutOutcome.Added, PutOutcome.Added, PutOutcome.Added);
        results[0].Should().Be(new PutResult(PutOutcome.Added, 3, 3));
        var counts = await store.GetCountsAsync();
        counts.Articles.Should().Be(3);
        counts.Entities.Should().Be(5, "Putin of a2 is Vladimir Putin of a1; NATO and Xi appear twice");
        counts.Statements.Should().Be(6);
        counts.Relations.Should().Be(4, "two MET (one symmetric pair), two CRITICIZED; the negated LOCATED_IN makes none");
        counts.EntitiesByType.Should().Equal(new Dictionary<string, int> { ["PERSON"] = 3, ["ORGANIZATION"] = 1, ["LOCATION"] = 1 });
        counts.RelationsByType.Should().Equal(new Dictionary<string, int> { ["MET"] = 2, ["CRITICIZED"] = 2 });
    }

    [Fact]
    public async Task The_same_article_again_changes_nothing_not_even_timestamps()
    {
        var store = await NewStoreAsync();
        var before = await store.SnapshotAfter(ThreeArticles());

        await Task.Delay(20);
        var again = await store.PutArticleAsync(ThreeArticles()[0]);
        var batchAgain = await store.PutArticlesAsync(ThreeArticles());

        again.Should().Be(new PutResult(PutOutcome.Unchanged, 0, 0));
        batchAgain.Should().OnlyContain(r => r.Outcome == PutOutcome.Unchanged);
        (await store.ReadAllAsync()).ShouldEqual(before, "not even ingestion timestamps may move");
    }

    [Fact]
    public async Task A_changed_article_gives_the_graph_a_fresh_store_fed_the_final_versions_gives()
    {
        var articles = ThreeArticles();
        var changedA1 = Article("a1", day: 4)
            .Entity("Vladimir Putin", "PERSON", "Putin")
            .Entity("Xi Jinping", "PERSON", "Xi")
            .Entity("Recep Tayyip Erdogan", "PERSON", "Erdogan")
            .Says("Vladimir Putin", "MET", "Recep Tayyip Erdogan", 0.6)
            .Says("Xi Jinping", "CRITICIZED", "Vladimir Putin", 0.3)
            .Build();
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(articles);

        var result = await store.PutArticleAsync(changedA1);

        result.Should().Be(new PutResult(PutOutcome.Replaced, 3, 2));
        var expected = await FreshSnapshotAsync(changedA1, articles[1], articles[2]);
        (await store.ReadAllAsync()).ShouldEqualIgnoringIngestion(expected);
        (await store.GetRelationAsync(Relation.IdOf("person:vladimir-putin", "MET", "person:xi-jinping"))).Should().BeNull("its only support was a1's old version");
        (await store.GetRelationAsync(Relation.IdOf("person:vladimir-putin", "CRITICIZED", "organization:nato"))).Should().NotBeNull("a2 still supports it");
    }

    [Fact]
    public async Task Replacing_the_article_that_named_an_entity_renames_it_as_a_fresh_store_would()
    {
        var a1 = Article("a1", day: 1).Entity("Vladimir Putin", "PERSON").Entity("Xi Jinping", "PERSON").Says("Vladimir Putin", "MET", "Xi Jinping").Build();
        var a2 = Article("a2", day: 2).Entity("Putin", "PERSON").Entity("Kremlin", "ORGANIZATION").Says("Putin", "LEADS", "Kremlin").Build();
        var a1WithoutPutin = Article("a1", day: 1).Entity("Xi Jinping", "PERSON").Entity("Beijing", "LOCATION").Says("Xi Jinping", "LOCATED_IN", "Beijing").Build();
        var store = await NewStoreAsync();
        await store.PutArticlesAsync([a1, a2]);
        (await store.FindEntitiesByNameAsync("Putin")).Single().Id.Should().Be("person:vladimir-putin");

        await store.PutArticleAsync(a1WithoutPutin);

        (await store.ReadAllAsync()).ShouldEqualIgnoringIngestion(await FreshSnapshotAsync(a1WithoutPutin, a2));
        (await store.FindEntitiesByNameAsync("Putin")).Single().Id.Should().Be("person:putin");
    }

    [Fact]
    public async Task Changing_articles_one_by_one_ends_where_a_fresh_store_fed_the_final_versions_ends()
    {
        var v1 = ThreeArticles();
        var v2 = new ArticleFacts[]
        {
            Article("a1", day: 1).Entity("Vladimir Putin", "PERSON", "Putin").Entity("Narendra Modi", "PERSON").Says("Narendra Modi", "MET", "Vladimir Putin", 0.95),
            Article("a2", day: 5).Entity("NATO", "ORGANIZATION").Entity("Moscow", "LOCATION").Says("NATO", "WARNED", "Moscow", 0.5),
            Article("a3", day: 3).Entity("Xi Jinping", "PERSON").Entity("Narendra Modi", "PERSON", "Modi").Says("Narendra Modi", "MET", "Xi Jinping", 0.7).Says("Xi Jinping", "MET", "Narendra Modi", 0.2),
        };
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(v1);
        foreach (var changed in v2)
        {
            await store.PutArticleAsync(changed);
        }

        (await store.ReadAllAsync()).ShouldEqualIgnoringIngestion(await FreshSnapshotAsync(v2));
    }

    [Fact]
    public async Task Retracting_an_article_gives_the_graph_of_a_store_that_never_saw_it()
    {
        var articles = ThreeArticles();
        foreach (var retracted in articles)
        {
            var store = await NewStoreAsync();
            await store.PutArticlesAsync(articles);

            (await store.RetractArticleAsync(retracted.Article.Id)).Should().BeTrue();

            var expected = await FreshSnapshotAsync([.. articles.Where(a => a != retracted)]);
            (await store.ReadAllAsync()).ShouldEqualIgnoringIngestion(expected, $"retracting {retracted.Article.Id}");
        }
    }

    [Fact]
    public async Task Retracting_everything_leaves_an_empty_graph_and_an_unknown_article_is_reported()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(ThreeArticles());

        foreach (var article in ThreeArticles())
        {
            (await store.RetractArticleAsync(article.Article.Id)).Should().BeTrue();
        }

        (await store.RetractArticleAsync("a1")).Should().BeFalse();
        var empty = await store.ReadAllAsync();
        empty.Articles.Should().BeEmpty();
        empty.Entities.Should().BeEmpty("entities that lose their last support disappear");
        empty.Relations.Should().BeEmpty();
        empty.Statements.Should().BeEmpty();
        (await store.SearchEntitiesAsync(new EntitySearch("putin"))).Items.Should().BeEmpty("the search index follows the entities");
    }

    [Fact]
    public async Task Retract_then_put_again_restores_the_same_graph()
    {
        var store = await NewStoreAsync();
        var before = await store.SnapshotAfter(ThreeArticles());

        await store.RetractArticleAsync("a1");
        await store.PutArticleAsync(ThreeArticles()[0]);

        var after = await store.ReadAllAsync();
        after.Entities.Should().BeEquivalentTo(before.Entities, "re-ingestion restores the same entity ids");
        after.Relations.Should().BeEquivalentTo(before.Relations);
    }

    [Fact]
    public async Task A_failure_part_way_through_a_batch_leaves_every_article_as_it_was()
    {
        var articles = ThreeArticles();
        var store = await NewStoreAsync();
        await store.PutArticlesAsync([articles[0], articles[1]]);
        var before = await store.ReadAllAsync();
        var failing = await FailingHandleAsync(store, articlesWritten: 2);
        var changedA1 = Article("a1", day: 9).Entity("Vladimir Putin", "PERSON").Entity("Emmanuel Macron", "PERSON").Says("Emmanuel Macron", "MET", "Vladimir Putin").Build();

        var write = () => failing.PutArticlesAsync([changedA1, articles[2], Article("a4").Entity("NATO", "ORGANIZATION").Build()]);

        await write.Should().ThrowAsync<InjectedFaultException>();
        (await store.ReadAllAsync()).ShouldEqual(before, "the batch failed inside its transaction");
        (await failing.ReadAllAsync()).ShouldEqual(before);
        (await store.PutArticlesAsync([changedA1, articles[2]])).Select(r => r.Outcome).Should().Equal(PutOutcome.Replaced, PutOutcome.Added);
        (await store.ReadAllAsync()).ShouldEqualIgnoringIngestion(await FreshSnapshotAsync(changedA1, articles[1], articles[2]), "the store still works after the failure");
    }

    [Fact]
    public async Task A_failure_part_way_through_a_retraction_or_single_put_leaves_the_previous_version()
    {
        var store = await NewStoreAsync();
        var before = await store.SnapshotAfter(ThreeArticles());
        var failing = await FailingHandleAsync(store, articlesWritten: 1);

        var put = () => failing.PutArticleAsync(Article("a2", day: 7).Entity("NATO", "ORGANIZATION").Entity("Moscow", "LOCATION").Says("NATO", "WARNED", "Moscow").Build());

        await put.Should().ThrowAsync<InjectedFaultException>();
        (await store.ReadAllAsync()).ShouldEqual(before);
    }

    [Fact]
    public async Task Invalid_facts_are_refused_with_the_problem_named_and_nothing_of_the_batch_is_written()
    {
        var store = await NewStoreAsync();
        var before = await store.SnapshotAfter(ThreeArticles()[0]);
        var unknownRelation = Article("bad1").Entity("A B", "PERSON").Entity("C D", "PERSON").Says("A B", "HUGGED", "C D").Build();
        var unknownEntityType = Article("bad2").Entity("Blob", "CREATURE").Build();
        var undeclared = Article("bad3").Entity("A B", "PERSON").Says("A B", "MET", "Nobody Known").Build();

        var batch = () => store.PutArticlesAsync([ThreeArticles()[1], unknownRelation]);
        var single = () => store.PutArticleAsync(unknownEntityType);
        var dangling = () => store.PutArticleAsync(undeclared);

        (await batch.Should().ThrowAsync<InvalidFactsException>()).Which.Message.Should().Contain("HUGGED").And.Contain("bad1");
        (await single.Should().ThrowAsync<InvalidFactsException>()).Which.Problems.Should().ContainSingle(p => p.Contains("CREATURE"));
        (await dangling.Should().ThrowAsync<InvalidFactsException>()).Which.Message.Should().Contain("Nobody Known");
        (await store.ReadAllAsync()).ShouldEqual(before, "a2 came in the same batch as a bad article");
    }
}
