using Graph.Core.Model;
using Graph.Core.Names;
using Graph.Store.Tests.Support;

namespace Graph.Store.Tests.Contract;

/// <summary>Listing entities without (or with) a search: orders, ties, keyset paging, type filters, totals, bad cursors.</summary>
public abstract partial class GraphStoreContract
{
    private const string Hub = "organization:hub-council";

    /// <summary>Every entity the listing fixture holds, most mentioned first (ties by id).</summary>
    private static readonly string[] ByMentions =
    [
        Hub,                        // 13
        "person:alma-berg",         // 3
        "person:boris-cole",        // 3
        "location:putney-hill",     // 2
        "person:putra-sari",        // 2
        "organization:acme-works",  // 1
        "person:cara-dunn",         // 1
        "person:zed-putnam",        // 1
        "person:elif-fox",          // 0
    ];

    /// <summary>The same entities by name (name key, then id).</summary>
    private static readonly string[] ByName =
    [
        "organization:acme-works", "person:alma-berg", "person:boris-cole", "person:cara-dunn", "person:elif-fox",
        Hub, "location:putney-hill", "person:putra-sari", "person:zed-putnam",
    ];

    /// <summary>One article per statement "X CRITICIZED Hub Council", so each entity's mention count is its number of articles.</summary>
    private static ArticleFacts[] Roster()
    {
        (string Name, string Type, int Mentions)[] people =
        [
            ("Alma Berg", "PERSON", 3), ("Boris Cole", "PERSON", 3), ("Cara Dunn", "PERSON", 1), ("Putra Sari", "PERSON", 2),
            ("Putney Hill", "LOCATION", 2), ("Acme Works", "ORGANIZATION", 1), ("Zed Putnam", "PERSON", 1),
        ];
        var articles = new List<ArticleFacts>();
        foreach (var (name, type, mentions) in people)
        {
            for (var i = 0; i < mentions; i++)
            {
                var article = Article($"l-{NameKey.Of(name).Replace(' ', '-')}-{i}", day: articles.Count + 1)
                    .Entity(name, type).Entity("Hub Council", "ORGANIZATION").Says(name, "CRITICIZED", "Hub Council");
                if (name == "Zed Putnam")
                {
                    article.Entity("Elif Fox", "PERSON"); // mentioned, in no statement: a count of 0
                }

                articles.Add(article);
            }
        }

        return [.. articles];
    }

    /// <summary>Pages through the whole list <paramref name="pageSize"/> at a time, checking every page's total and next-page flag.</summary>
    private static async Task<List<string>> PageThroughAsync(IGraphStore store, EntityListQuery query, int pageSize, int expectedTotal)
    {
        var ids = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var page = await store.ListEntitiesAsync(query with { First = pageSize, After = after });
            page.TotalCount.Should().Be(expectedTotal);
            page.Items.Count.Should().BeLessThanOrEqualTo(pageSize);
            ids.AddRange(page.Items.Select(e => e.Id));
            if (!page.HasNextPage)
            {
                return ids;
            }

            page.Items.Should().HaveCount(pageSize, "a page that says more follow is full");
            page.EndCursor.Should().NotBeNull();
            after = page.EndCursor;
        }

        throw new InvalidOperationException("paging did not end");
    }

    [Fact]
    public async Task Listing_by_mentions_walks_every_entity_most_mentioned_first_ties_by_id()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(Roster());

        var all = await store.ListEntitiesAsync(new EntityListQuery { Order = EntityOrder.Mentions, First = 50 });
        all.Items.Select(e => e.Id).Should().Equal(ByMentions);
        all.Items.Select(e => e.MentionCount).Should().Equal(13, 3, 3, 2, 2, 1, 1, 1, 0);
        all.TotalCount.Should().Be(ByMentions.Length);
        all.HasNextPage.Should().BeFalse();

        // The counts the list orders by are the ones every other read reports.
        var read = await store.GetEntitiesAsync(ByMentions);
        all.Items.Should().OnlyContain(e => read[e.Id].MentionCount == e.MentionCount && read[e.Id].Name == e.Name);

        foreach (var size in new[] { 1, 2, 4 })
        {
            (await PageThroughAsync(store, new EntityListQuery { Order = EntityOrder.Mentions }, size, ByMentions.Length))
                .Should().Equal(ByMentions, $"pages of {size} have no gap and no repeat, even inside a tie");
        }
    }

    [Fact]
    public async Task Listing_by_name_walks_every_entity_by_name_key_then_id()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(Roster());

        (await store.ListEntitiesAsync(new EntityListQuery { Order = EntityOrder.Name })).Items.Select(e => e.Id).Should().Equal(ByName);
        (await PageThroughAsync(store, new EntityListQuery { Order = EntityOrder.Name }, 2, ByName.Length)).Should().Equal(ByName);
    }

    [Fact]
    public async Task Listing_keeps_only_the_types_asked_for_merging_several_in_order()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(Roster());

        var people = ByMentions.Where(id => id.StartsWith("person:", StringComparison.Ordinal)).ToList();
        (await PageThroughAsync(store, new EntityListQuery { Types = ["PERSON"], Order = EntityOrder.Mentions }, 2, people.Count)).Should().Equal(people);

        var placesAndOrganizations = ByMentions.Where(id => !id.StartsWith("person:", StringComparison.Ordinal)).ToList();
        (await PageThroughAsync(store, new EntityListQuery { Types = ["LOCATION", "ORGANIZATION"], Order = EntityOrder.Mentions }, 1, placesAndOrganizations.Count))
            .Should().Equal(placesAndOrganizations);
        (await PageThroughAsync(store, new EntityListQuery { Types = ["ORGANIZATION", "LOCATION"], Order = EntityOrder.Name }, 2, 3))
            .Should().Equal("organization:acme-works", Hub, "location:putney-hill");

        var events = await store.ListEntitiesAsync(new EntityListQuery { Types = ["EVENT"] });
        events.Items.Should().BeEmpty();
        events.TotalCount.Should().Be(0);
        events.EndCursor.Should().BeNull();
    }

    [Fact]
    public async Task Listing_with_a_search_pages_through_every_match_in_the_order_asked()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(Roster());

        // "put" is a prefix of a word of three names: an order other than relevance pages through all of them.
        (await PageThroughAsync(store, new EntityListQuery { Search = "put", Order = EntityOrder.Name }, 1, 3))
            .Should().Equal("location:putney-hill", "person:putra-sari", "person:zed-putnam");
        (await PageThroughAsync(store, new EntityListQuery { Search = "PUT", Order = EntityOrder.Mentions }, 2, 3))
            .Should().Equal("location:putney-hill", "person:putra-sari", "person:zed-putnam");
        (await PageThroughAsync(store, new EntityListQuery { Search = "put", Types = ["PERSON"], Order = EntityOrder.Name }, 1, 2))
            .Should().Equal("person:putra-sari", "person:zed-putnam");
        (await PageThroughAsync(store, new EntityListQuery { Search = "zed put", Order = EntityOrder.Mentions }, 5, 1))
            .Should().Equal("person:zed-putnam");

        var nothing = await store.ListEntitiesAsync(new EntityListQuery { Search = " \"*( " });
        nothing.Items.Should().BeEmpty("a search with no word matches nothing, and is no syntax error");
        nothing.TotalCount.Should().Be(0);
    }

    [Fact]
    public async Task Listing_follows_retractions_and_merges()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(Roster());

        // Alma loses two of her three articles; Cara is merged into Boris, who then has four mentions.
        await store.RetractArticleAsync("l-alma-berg-0");
        await store.RetractArticleAsync("l-alma-berg-1");
        await store.MergeEntitiesAsync("person:boris-cole", "person:cara-dunn");

        var page = await store.ListEntitiesAsync(new EntityListQuery { Order = EntityOrder.Mentions });
        page.Items.Select(e => e.Id).Should().Equal(
            Hub, "person:boris-cole", "location:putney-hill", "person:putra-sari", "organization:acme-works", "person:alma-berg", "person:zed-putnam", "person:elif-fox");
        page.Items.Select(e => e.MentionCount).Should().Equal(11, 4, 2, 2, 1, 1, 1, 0);
        page.TotalCount.Should().Be(8);
        (await store.ListEntitiesAsync(new EntityListQuery { Order = EntityOrder.Name })).Items.Select(e => e.Id)
            .Should().NotContain("person:cara-dunn").And.HaveCount(8);
    }

    [Fact]
    public async Task Listing_an_empty_store_or_an_empty_page_gives_the_total_and_no_cursor()
    {
        var store = await NewStoreAsync();
        var empty = await store.ListEntitiesAsync(new EntityListQuery());
        empty.Should().BeEquivalentTo(new Page<Entity>([], 0, null, false));

        await store.PutArticlesAsync(Roster());
        var none = await store.ListEntitiesAsync(new EntityListQuery { First = 0 });
        none.Items.Should().BeEmpty();
        none.TotalCount.Should().Be(ByMentions.Length);
        none.HasNextPage.Should().BeTrue();
    }

    [Fact]
    public async Task Listing_refuses_a_cursor_it_did_not_give_out_for_that_order()
    {
        var store = await NewStoreAsync();
        await store.PutArticlesAsync(Roster());
        var byName = await store.ListEntitiesAsync(new EntityListQuery { Order = EntityOrder.Name, First = 2 });
        var searched = await store.SearchEntitiesAsync(new EntitySearch("put") { First = 1 });

        foreach (var (cursor, order) in new[]
        {
            ("not a cursor", EntityOrder.Mentions),
            (Convert.ToBase64String("garbage"u8.ToArray()), EntityOrder.Name),
            (byName.EndCursor!, EntityOrder.Mentions),
            (searched.EndCursor!, EntityOrder.Name),
        })
        {
            var act = () => store.ListEntitiesAsync(new EntityListQuery { Order = order, After = cursor });
            (await act.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain(cursor);
        }
    }
}
