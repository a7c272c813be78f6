using Graph.Core.Model;
using Graph.Store.Tests.Support;

namespace Graph.Store.Tests.Contract;

/// <summary>Reads: entities, search, relations with filters and paging, evidence, timeline, articles.</summary>
public abstract partial class GraphStoreContract
{
    /// <summary>Putin at the centre: relations of several types, dates, confidences and supports.</summary>
    private static ArticleFacts[] Star() =>
    [
        Article("s1", day: 1).Entity("Vladimir Putin", "PERSON").Entity("Xi Jinping", "PERSON").Entity("NATO", "ORGANIZATION")
            .Says("Vladimir Putin", "MET", "Xi Jinping", 0.9).Says("Vladimir Putin", "CRITICIZED", "NATO", 0.4),
        Article("s2", day: 10).Entity("Vladimir Putin", "PERSON").Entity("Xi Jinping", "PERSON").Entity("Narendra Modi", "PERSON")
            .Says("Xi Jinping", "MET", "Vladimir Putin", 0.5).Says("Narendra Modi", "PRAISED", "Vladimir Putin", 0.8),
        Article("s3", day: 20).Entity("Vladimir Putin", "PERSON").Entity("Joe Biden", "PERSON").Entity("NATO", "ORGANIZATION")
            .Says("Joe Biden", "CRITICIZED", "Vladimir Putin", 0.95).Says("Joe Biden", "SUPPORTED", "NATO", 0.7),
    ];

    private const string Putin = "person:vladimir-putin";

    [Fact]
    public async Task Entities_are_read_by_id_by_many_ids_and_by_name()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(ThreeArticles());

        (await store.GetEntityAsync(Putin))!.Name.Should().Be("Vladimir Putin");
        (await store.GetEntityAsync("person:nobody")).Should().BeNull();
        var many = await store.GetEntitiesAsync([Putin, "organization:nato", "person:nobody"]);
        many.Keys.Should().BeEquivalentTo(Putin, "organization:nato");
        (await store.FindEntitiesByNameAsync("PRESIDENT putin!")).Single().Id.Should().Be(Putin);
        (await store.FindEntitiesByNameAsync("Pütin")).Single().Id.Should().Be(Putin);
        (await store.FindEntitiesByNameAsync("Somebody Else")).Should().BeEmpty();
    }

    [Fact]
    public async Task Search_ranks_by_text_matches_prefixes_ignores_diacritics_filters_types_and_pages()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(
        [
            Article("a1").Entity("Vladimir Putin", "PERSON", "Putin").Entity("Putin Street", "LOCATION").Entity("Lyudmila Putina", "PERSON").Entity("Zoë Ångström", "PERSON").Entity("Xi Jinping", "PERSON").Build(),
        ]);

        var hits = await store.SearchEntitiesAsync(new EntitySearch("puti"));
        hits.TotalCount.Should().Be(3);
        hits.Items.Select(h => h.Entity.Id).Should().BeEquivalentTo([Putin, "location:putin-street", "person:lyudmila-putina"]);
        hits.Items.Select(h => h.Score).Should().BeInDescendingOrder();
        (await store.SearchEntitiesAsync(new EntitySearch("vladimir putin"))).Items.First().Entity.Id.Should().Be(Putin);
        (await store.SearchEntitiesAsync(new EntitySearch("zoe angstrom"))).Items.Single().Entity.Name.Should().Be("Zoë Ångström");
        (await store.SearchEntitiesAsync(new EntitySearch("putin") { Types = ["LOCATION"] })).Items.Single().Entity.Id.Should().Be("location:putin-street");
        (await store.SearchEntitiesAsync(new EntitySearch("  \"*( "))).Items.Should().BeEmpty("no words, no matches, no syntax error");

        var first = await store.SearchEntitiesAsync(new EntitySearch("puti") { First = 2 });
        var second = await store.SearchEntitiesAsync(new EntitySearch("puti") { First = 2, After = first.EndCursor });
        first.Items.Should().HaveCount(2);
        first.HasNextPage.Should().BeTrue();
        second.Items.Should().HaveCount(1);
        second.HasNextPage.Should().BeFalse();
        first.Items.Concat(second.Items).Select(h => h.Entity.Id).Should().Equal(hits.Items.Select(h => h.Entity.Id));
    }

    [Fact]
    public async Task Relations_of_an_entity_filter_by_direction_type_time_confidence_and_support()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(Star());

        async Task<string[]> Ids(RelationQuery q) => [.. (await store.GetRelationsAsync(q)).Items.Select(r => r.Id)];

        var all = await store.GetRelationsAsync(new RelationQuery(Putin));
        all.TotalCount.Should().Be(4);
        all.Items[0].Id.Should().Be("person:vladimir-putin|MET|person:xi-jinping", "highest support first");
        (await Ids(new RelationQuery(Putin) { Direction = Direction.Outgoing })).Should().BeEquivalentTo(
            "person:vladimir-putin|MET|person:xi-jinping", "person:vladimir-putin|CRITICIZED|organization:nato");
        (await Ids(new RelationQuery(Putin) { Direction = Direction.Incoming })).Should().BeEquivalentTo(
            "person:vladimir-putin|MET|person:xi-jinping", "person:narendra-modi|PRAISED|person:vladimir-putin", "person:joe-biden|CRITICIZED|person:vladimir-putin");
        (await Ids(new RelationQuery("person:xi-jinping") { Direction = Direction.Outgoing })).Should().Equal("person:vladimir-putin|MET|person:xi-jinping");
        (await Ids(new RelationQuery(Putin) { Types = ["CRITICIZED"] })).Should().HaveCount(2);
        (await Ids(new RelationQuery(Putin) { Since = Day(15) })).Should().Equal("person:joe-biden|CRITICIZED|person:vladimir-putin");
        (await Ids(new RelationQuery(Putin) { Until = Day(5) })).Should().BeEquivalentTo("person:vladimir-putin|MET|person:xi-jinping", "person:vladimir-putin|CRITICIZED|organization:nato");
        (await Ids(new RelationQuery(Putin) { MinConfidence = 0.9 })).Should().BeEquivalentTo("person:vladimir-putin|MET|person:xi-jinping", "person:joe-biden|CRITICIZED|person:vladimir-putin");
        (await Ids(new RelationQuery(Putin) { MinSupport = 2 })).Should().Equal("person:vladimir-putin|MET|person:xi-jinping");
    }

    [Fact]
    public async Task Relation_pages_follow_cursors_to_the_end_with_a_total_count()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(Star());
        var everything = await store.GetRelationsAsync(new RelationQuery(Putin) { First = 100 });

        var collected = new List<Relation>();
        string? after = null;
        Page<Relation> page;
        do
        {
            page = await store.GetRelationsAsync(new RelationQuery(Putin) { First = 1, After = after });
            page.TotalCount.Should().Be(4);
            collected.AddRange(page.Items);
            after = page.EndCursor;
        }
        while (page.HasNextPage);

        collected.Should().Equal(everything.Items);
        var bad = () => store.GetRelationsAsync(new RelationQuery(Putin) { After = "not-a-cursor" });
        await bad.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task Relations_of_many_entities_come_in_one_call_each_capped()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(Star());

        var many = await store.GetRelationsOfManyAsync([Putin, "person:joe-biden", "person:nobody"], new RelationQuery("ignored") { First = 2 });

        many[Putin].Items.Should().HaveCount(2);
        many[Putin].TotalCount.Should().Be(4);
        many[Putin].HasNextPage.Should().BeTrue();
        many["person:joe-biden"].Items.Should().HaveCount(2);
        many["person:nobody"].Items.Should().BeEmpty();
    }

    /// <summary>
    /// Twelve people, each article one subject's facts about three others, so that relations tie on support at every
    /// level and the tie order (subject id, type, object id) decides: directed types only, so each relation is one
    /// (subject, type, object) of the articles.
    /// </summary>
    private static ArticleFacts[] TiedSupports()
    {
        string[] people = ["Ada Quill", "Bo Renn", "Cy Vale", "Di Moss", "Ed Park", "Flo Tarn", "Gus Hale", "Hal Ives", "Ida Lum", "Jo Nash", "Kit Orr", "Lu Penn"];
        string[] types = ["CRITICIZED", "PRAISED", "SUPPORTED"];
        // Article shapes 0–3 appear three times, 4–7 twice and 8–11 once: supports 3, 2 and 1, a dozen relations at each.
        int[] shapes = [.. Enumerable.Range(0, 12), .. Enumerable.Range(0, 4), .. Enumerable.Range(0, 8)];
        var articles = new List<ArticleFacts>();
        for (var i = 0; i < shapes.Length; i++)
        {
            var b = shapes[i];
            var subject = people[(b * 7) % people.Length];
            var article = Article($"tie{i}", day: 1 + (i % 10)).Entity(subject, "PERSON");
            for (var k = 1; k <= 3; k++)
            {
                var @object = people[((b * 7) + (k * (1 + (b % 3)))) % people.Length];
                article = article.Entity(@object, "PERSON").Says(subject, types[(b + k) % types.Length], @object, 0.5 + (0.1 * k));
            }

            articles.Add(article);
        }

        return [.. articles];
    }

    [Fact]
    public async Task Relation_search_pages_through_every_match_by_support_then_subject_type_and_object()
    {
        var store = await NewStoreAsync();
        var articles = TiedSupports();
        await store.PutArticlesAsync(articles);

        var facts = articles.SelectMany(a => a.Statements.Select(s => (Key: (s.Subject, s.Relation, s.Object), Day: a.Article.PublishedAt!.Value))).ToList();
        facts.CountBy(f => f.Key).Select(c => c.Value).Distinct().Should().Contain([1, 2, 3], "ties at several support levels");
        var searches = new (RelationSearch Search, Func<IGrouping<(string, string, string), DateTimeOffset>, bool> Keeps)[]
        {
            (new RelationSearch(), _ => true),
            (new RelationSearch { Types = ["PRAISED", "CRITICIZED"] }, g => g.Key.Item2 is "PRAISED" or "CRITICIZED"),
            (new RelationSearch { MinSupport = 2 }, g => g.Count() >= 2),
            (new RelationSearch { Types = ["SUPPORTED"], Since = Day(6) }, g => g.Key.Item2 == "SUPPORTED" && g.Max() >= Day(6)),
        };
        foreach (var (search, keeps) in searches)
        {
            var expected = facts.GroupBy(f => f.Key, f => f.Day).Where(keeps).Count();
            var all = new List<Relation>();
            string? after = null;
            do
            {
                var page = await store.SearchRelationsAsync(search with { First = 5, After = after });
                page.TotalCount.Should().Be(expected, "every page gives the total of the whole search");
                page.Items.Count.Should().BeLessThanOrEqualTo(5, "pages of five straddle the support levels of a dozen relations each");
                all.AddRange(page.Items);
                all.Count.Should().BeLessThanOrEqualTo(expected, "a page gives nothing an earlier page gave");
                after = page.HasNextPage ? page.EndCursor : null;
            }
            while (after is not null);

            all.Should().HaveCount(expected, "paging reaches every match once");
            all.Select(r => r.Id).Should().OnlyHaveUniqueItems();
            for (var i = 1; i < all.Count; i++)
            {
                var (a, b) = (all[i - 1], all[i]);
                var order = a.Support != b.Support ? b.Support.CompareTo(a.Support)
                    : string.CompareOrdinal(a.SubjectId, b.SubjectId) is not 0 and var bySubject ? bySubject
                    : string.CompareOrdinal(a.Type, b.Type) is not 0 and var byType ? byType
                    : string.CompareOrdinal(a.ObjectId, b.ObjectId);
                order.Should().BeNegative($"{a.Id} (support {a.Support}) comes before {b.Id} (support {b.Support})");
            }
        }
    }

    [Fact]
    public async Task Relations_are_searched_by_type_and_ends_and_read_by_id()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(Star());

        var criticized = await store.SearchRelationsAsync(new RelationSearch { Types = ["CRITICIZED"] });
        criticized.TotalCount.Should().Be(2);
        (await store.SearchRelationsAsync(new RelationSearch { SubjectId = "person:joe-biden" })).TotalCount.Should().Be(2);
        (await store.SearchRelationsAsync(new RelationSearch { SubjectId = "person:xi-jinping", ObjectId = Putin, Types = ["MET"] })).Items
            .Should().ContainSingle("a symmetric relation matches either way round");
        (await store.SearchRelationsAsync(new RelationSearch { SubjectId = Putin, ObjectId = "person:narendra-modi" })).Items.Should().BeEmpty("PRAISED is directed");
        (await store.SearchRelationsAsync(new RelationSearch { MinSupport = 2 })).Items.Single().Support.Should().Be(2);
        (await store.SearchRelationsAsync(new RelationSearch { First = 2 })).HasNextPage.Should().BeTrue();
        var byId = await store.GetRelationAsync("person:joe-biden|CRITICIZED|person:vladimir-putin");
        byId!.Confidence.Should().BeApproximately(0.95, 1e-9);
        (await store.GetRelationAsync("nonsense")).Should().BeNull();
    }

    [Fact]
    public async Task Evidence_comes_newest_article_first_without_negated_statements()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync([.. Star(), Article("s4", day: 30).Entity("Vladimir Putin", "PERSON").Entity("Xi Jinping", "PERSON").Says("Vladimir Putin", "MET", "Xi Jinping", negated: true)]);
        const string met = "person:vladimir-putin|MET|person:xi-jinping";

        var evidence = await store.GetEvidenceAsync([met, "person:joe-biden|SUPPORTED|organization:nato", "x|Y|z"]);

        evidence[met].Select(e => e.ArticleId).Should().Equal("s2", "s1");
        var newest = evidence[met][0];
        newest.RelationId.Should().Be(met);
        newest.ArticleTitle.Should().Be("Article s2");
        newest.ArticleUrl.Should().Be("https://news.example/s2");
        newest.PublishedAt.Should().Be(Day(10));
        newest.Sentence.Should().Contain("Xi Jinping MET Vladimir Putin");
        newest.SubjectSpan.Should().NotBeNull();
        newest.Confidence.Should().Be(0.5);
        evidence["person:joe-biden|SUPPORTED|organization:nato"].Should().ContainSingle();
        evidence["x|Y|z"].Should().BeEmpty();
        (await store.GetEvidenceAsync([met], maxPerRelation: 1))[met].Should().ContainSingle();
    }

    [Fact]
    public async Task The_timeline_lists_an_entitys_statements_in_date_order_within_a_window()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(Star());

        var timeline = await store.GetTimelineAsync(Putin, null, null);
        timeline.Select(e => e.ArticleId).Should().Equal("s1", "s1", "s2", "s2", "s3");
        (await store.GetTimelineAsync(Putin, Day(5), Day(15))).Select(e => e.ArticleId).Should().Equal("s2", "s2");
        (await store.GetTimelineAsync(Putin, null, null, limit: 2)).Should().HaveCount(2);
    }

    [Fact]
    public async Task Articles_are_paged_newest_first_optionally_by_entity()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(Star());

        var page1 = await store.GetArticlesAsync(new ArticleQuery { First = 2 });
        var page2 = await store.GetArticlesAsync(new ArticleQuery { First = 2, After = page1.EndCursor });
        page1.Items.Select(a => a.Id).Should().Equal("s3", "s2");
        page1.TotalCount.Should().Be(3);
        page1.HasNextPage.Should().BeTrue();
        page2.Items.Select(a => a.Id).Should().Equal("s1");
        page2.HasNextPage.Should().BeFalse();
        var aboutXi = await store.GetArticlesAsync(new ArticleQuery { EntityId = "person:xi-jinping" });
        aboutXi.Items.Select(a => a.Id).Should().Equal("s2", "s1");
        aboutXi.TotalCount.Should().Be(2);
        (await store.GetArticleAsync("s9")).Should().BeNull();
    }

    [Fact]
    public async Task The_snapshot_is_in_canonical_order()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync([.. Star().Reverse()]);

        var snapshot = await store.ReadAllAsync();

        snapshot.Articles.Select(a => a.Id).Should().BeInAscendingOrder(StringComparer.Ordinal);
        snapshot.Entities.Select(e => e.Id).Should().BeInAscendingOrder(StringComparer.Ordinal);
        snapshot.Relations.Select(r => r.Id).Should().BeInAscendingOrder(StringComparer.Ordinal);
        snapshot.Statements.Select(s => s.Statement.ArticleId).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }
}
