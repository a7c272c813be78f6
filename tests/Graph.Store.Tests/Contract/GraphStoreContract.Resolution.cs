using Graph.Core.Model;
using Graph.Store.Tests.Support;

namespace Graph.Store.Tests.Contract;

/// <summary>Entity resolution across articles, and what the model keeps per entity and relation.</summary>
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task A_later_surname_joins_the_one_full_name_it_belongs_to_and_aliases_accumulate()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(
        [
            Article("a1").Entity("Vladimir Putin", "PERSON").Entity("Xi Jinping", "PERSON").Says("Vladimir Putin", "MET", "Xi Jinping"),
            Article("a2").Entity("Putin", "PERSON", "the Kremlin leader").Entity("Xi Jinping", "PERSON", "Xi").Says("Xi Jinping", "MET", "Putin"),
            Article("a3").Entity("Vladimir Vladimirovich Putin", "PERSON").Build(),
        ]);

        var putin = await store.GetEntityAsync("person:vladimir-putin");
        putin.Should().NotBeNull();
        putin!.Name.Should().Be("Vladimir Putin");
        putin.Aliases.Should().Equal("Putin", "the Kremlin leader");
        putin.MentionCount.Should().Be(2);
        (await store.GetEntityAsync("person:xi-jinping"))!.Aliases.Should().Equal("Xi");
        (await store.GetEntityAsync("person:vladimir-vladimirovich-putin")).Should().NotBeNull("a different full name never joins silently");
        var met = await store.GetRelationAsync(Relation.IdOf("person:vladimir-putin", "MET", "person:xi-jinping"));
        met!.Support.Should().Be(2);
    }

    [Fact]
    public async Task An_acronym_and_the_full_name_that_gives_it_are_one_entity_whichever_arrives_first()
    {
        async Task<GraphSnapshot> InOrder(params ArticleFacts[] articles)
        {
            var store = await NewStoreAsync();
            foreach (var article in articles) await store.PutArticleAsync(article);
            return await store.ReadAllAsync();
        }

        var shortFirst = Article("a1").Entity("IWC", "ORGANIZATION").Entity("Ruritania", "LOCATION").Says("IWC", "CRITICIZED", "Ruritania").Build();
        var fullLater = Article("a2").Entity("International Widget Council", "ORGANIZATION", "IWC").Entity("Ruritania", "LOCATION")
            .Says("International Widget Council", "CRITICIZED", "Ruritania").Build();
        var one = await InOrder(shortFirst, fullLater);
        var other = await InOrder(fullLater, shortFirst);

        one.Entities.Select(e => e.Id).Should().Equal("location:ruritania", "organization:international-widget-council");
        one.Named("International Widget Council").Aliases.Should().Equal("IWC");
        one.Relations.Should().ContainSingle().Which.Support.Should().Be(2);
        other.Entities.Select(e => (e.Id, e.Name)).Should().Equal(one.Entities.Select(e => (e.Id, e.Name)));

        var unrelated = await InOrder(
            Article("b1").Entity("Council", "ORGANIZATION").Build(),
            Article("b2").Entity("International Widget Council", "ORGANIZATION", "the Council").Build());
        unrelated.Entities.Should().HaveCount(2, "an alias that is not an acronym never joins an entity's canonical name");
    }

    [Fact]
    public async Task Two_people_sharing_a_surname_are_never_merged_silently()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(
        [
            Article("a1").Entity("John Smith", "PERSON", "Smith").Build(),
            Article("a2").Entity("Jane Smith", "PERSON", "Smith", "Ms Smith").Build(),
            Article("a3").Entity("Smith", "PERSON").Build(),
            Article("a4").Entity("Smith", "PERSON").Build(),
        ]);

        var snapshot = await store.ReadAllAsync();
        snapshot.Entities.Select(e => e.Id).Should().Equal("person:jane-smith", "person:john-smith", "person:smith");
        snapshot.Named("Smith").MentionCount.Should().Be(0);
        (await store.FindEntitiesByNameAsync("smith")).Select(e => e.Id).Should().Equal("person:jane-smith", "person:john-smith", "person:smith");
        (await store.FindEntitiesByNameAsync("Ms. Smith")).Select(e => e.Id).Should().Equal("person:jane-smith");
    }

    [Fact]
    public async Task A_surname_joins_a_full_name_by_its_last_word_only_when_exactly_one_person_has_it()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(
        [
            Article("a1").Entity("Angela Merkel", "PERSON").Build(),
            Article("a2").Entity("Merkel", "PERSON").Build(),
            Article("a3").Entity("Olaf Scholz", "PERSON").Entity("Hilde Scholz", "PERSON").Build(),
            Article("a4").Entity("Scholz", "PERSON").Build(),
            Article("a5").Entity("Merkel", "ORGANIZATION").Build(),
        ]);

        var ids = (await store.ReadAllAsync()).Entities.Select(e => e.Id);
        ids.Should().Equal("organization:merkel", "person:angela-merkel", "person:hilde-scholz", "person:olaf-scholz", "person:scholz");
        (await store.GetEntityAsync("person:angela-merkel"))!.Aliases.Should().Equal("Merkel");
    }

    [Fact]
    public async Task A_full_name_arriving_after_its_surname_joins_it_and_the_fullest_name_names_the_entity()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(
        [
            Article("a1").Entity("Putin", "PERSON").Entity("Kremlin", "ORGANIZATION").Says("Putin", "LEADS", "Kremlin"),
            Article("a2").Entity("Smith", "PERSON").Build(),
            Article("a3").Entity("Vladimir Putin", "PERSON").Entity("John Smith", "PERSON").Build(),
            Article("a4").Entity("Jane Smith", "PERSON").Build(),
        ]);

        var snapshot = await store.ReadAllAsync();
        snapshot.Entities.Select(e => e.Id).Should().Equal("organization:kremlin", "person:jane-smith", "person:john-smith", "person:vladimir-putin");
        snapshot.Named("Vladimir Putin").Aliases.Should().Equal("Putin");
        snapshot.Relations.Single().Id.Should().Be("person:vladimir-putin|LEADS|organization:kremlin", "statements follow the renamed entity");
        (await store.GetEntityAsync("person:putin")).Should().BeNull("the id follows the name");
    }

    [Fact]
    public async Task Names_match_ignoring_case_punctuation_diacritics_and_a_leading_the()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(
        [
            Article("a1").Entity("São Paulo", "LOCATION").Entity("The Kremlin", "ORGANIZATION").Build(),
            Article("a2").Entity("SAO PAULO", "LOCATION").Entity("kremlin", "ORGANIZATION").Build(),
        ]);

        var snapshot = await store.ReadAllAsync();
        snapshot.Entities.Select(e => e.Id).Should().Equal("location:sao-paulo", "organization:kremlin");
        snapshot.Entities.Should().OnlyContain(e => e.Aliases.Count == 0, "spellings of the same name key are one name");
        (await store.FindEntitiesByNameAsync("sao-paulo")).Single().Name.Should().Be("São Paulo");
    }

    [Fact]
    public async Task Two_clean_runs_give_the_same_readable_ids_and_the_same_graph()
    {
        var first = await NewStoreAsync();
        var second = await NewStoreAsync();

        var a = await first.SnapshotAfter(ThreeArticles());
        var b = await second.SnapshotAfter(ThreeArticles());

        b.ShouldEqualIgnoringIngestion(a);
        a.Entities.Select(e => e.Id).Should().Equal("location:moscow", "organization:nato", "person:narendra-modi", "person:vladimir-putin", "person:xi-jinping");
    }

    [Fact]
    public async Task Symmetric_relations_are_one_relation_in_canonical_order_and_aggregate_support_confidence_and_dates()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(
        [
            Article("a1", day: 5).Entity("Xi Jinping", "PERSON").Entity("Vladimir Putin", "PERSON").Says("Xi Jinping", "MET", "Vladimir Putin", 0.5).Says("Xi Jinping", "PRAISED", "Vladimir Putin", 0.5),
            Article("a2", day: 2).Entity("Vladimir Putin", "PERSON").Entity("Xi Jinping", "PERSON").Says("Vladimir Putin", "MET", "Xi Jinping", 0.6),
            Article("a3", day: 9).Entity("Vladimir Putin", "PERSON").Entity("Xi Jinping", "PERSON").Says("Xi Jinping", "MET", "Vladimir Putin", 0.9, negated: true),
        ]);

        var snapshot = await store.ReadAllAsync();
        snapshot.Relations.Select(r => r.Id).Should().Equal(
            "person:vladimir-putin|MET|person:xi-jinping",
            "person:xi-jinping|PRAISED|person:vladimir-putin");
        var met = snapshot.Relations[0];
        met.Support.Should().Be(2, "the negated statement supports nothing");
        met.Confidence.Should().BeApproximately(1 - (0.5 * 0.4), 1e-9);
        met.FirstSeen.Should().Be(Day(2));
        met.LastSeen.Should().Be(Day(5));
        snapshot.Statements.Should().HaveCount(4, "negated statements are kept for provenance");
        snapshot.Statements.Single(s => s.Statement.Negated).RelationId.Should().Be(met.Id);
        snapshot.Named("Xi Jinping").MentionCount.Should().Be(4);
    }

    [Fact]
    public async Task Statements_keep_their_provenance()
    {
        var store = await NewStoreAsync();
        var a1 = Article("a1", day: 3).Entity("Xi Jinping", "PERSON").Entity("Vladimir Putin", "PERSON").Says("Xi Jinping", "MET", "Vladimir Putin", 0.75, sentence: "Xi met Putin in Moscow.").Build();
        await store.PutArticleAsync(a1);

        var statement = (await store.ReadAllAsync()).Statements.Single();

        statement.Id.Should().NotBeNullOrEmpty();
        statement.SubjectId.Should().Be("person:xi-jinping");
        statement.ObjectId.Should().Be("person:vladimir-putin");
        statement.RelationId.Should().Be("person:vladimir-putin|MET|person:xi-jinping");
        statement.Statement.Should().BeEquivalentTo(a1.Statements[0]);
        var article = await store.GetArticleAsync("a1");
        article!.Should().BeEquivalentTo(a1.Article, o => o.Excluding(a => a.IngestedAt));
        article!.IngestedAt.Should().NotBeNull();
        statement.ExtractedAt.Should().Be(article.IngestedAt!.Value);
    }

    [Fact]
    public async Task An_article_without_a_published_date_dates_its_facts_by_first_ingestion()
    {
        var store = await NewStoreAsync();
        await store.PutArticleAsync(Article("a1", day: null).Entity("A B", "PERSON").Entity("C D", "PERSON").Says("A B", "MET", "C D"));
        var ingested = (await store.GetArticleAsync("a1"))!.IngestedAt!.Value;

        await store.PutArticleAsync(Article("a1", day: null).Entity("A B", "PERSON").Entity("C D", "PERSON").Says("A B", "MET", "C D", 0.5));

        var relation = (await store.ReadAllAsync()).Relations.Single();
        relation.FirstSeen.Should().Be(ingested, "first ingestion, not the latest version's");
        relation.LastSeen.Should().Be(ingested);
    }
}
