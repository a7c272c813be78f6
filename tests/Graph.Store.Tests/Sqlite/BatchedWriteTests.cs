using Graph.Core.Model;
using Graph.Store.Sqlite;
using Graph.Store.Tests.Support;

namespace Graph.Store.Tests.Sqlite;

/// <summary>
/// The SQLite store writes a batch with a transaction-wide lookup memo and totals written at the end: a batch must give
/// exactly the graph the same articles give one at a time, whatever mix of new, changed, renaming and repeated
/// articles it holds.
/// </summary>
public sealed class BatchedWriteTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static ArticleFacts[] MixedBatch() =>
    [
        ArticleBuilder.Article("a1", day: 1).Entity("Vladimir Putin", "PERSON").Entity("Xi Jinping", "PERSON").Says("Vladimir Putin", "MET", "Xi Jinping", 0.7),
        ArticleBuilder.Article("a2", day: 2).Entity("Putin", "PERSON", "the Russian President").Entity("NATO", "ORGANIZATION").Says("Putin", "CRITICIZED", "NATO"),
        ArticleBuilder.Article("a3", day: 3).Entity("Xi Jinping", "PERSON").Entity("Vladimir Putin", "PERSON").Says("Xi Jinping", "MET", "Vladimir Putin", 0.6),
        ArticleBuilder.Article("a4", day: 4).Entity("Lavrov", "PERSON").Entity("NATO", "ORGANIZATION").Says("Lavrov", "WARNED", "NATO"),
        ArticleBuilder.Article("a5", day: 5).Entity("Sergei Lavrov", "PERSON", "Lavrov").Entity("Xi Jinping", "PERSON").Says("Sergei Lavrov", "MET", "Xi Jinping"),
        ArticleBuilder.Article("a1", day: 1).Entity("Vladimir Putin", "PERSON").Entity("Moscow", "LOCATION").Says("Vladimir Putin", "LOCATED_IN", "Moscow"),
        ArticleBuilder.Article("a6", day: 6).Entity("Putin", "PERSON").Entity("Xi Jinping", "PERSON").Says("Putin", "MET", "Xi Jinping", 0.5).Says("Xi Jinping", "PRAISED", "Putin", negated: true),
        ArticleBuilder.Article("a2", day: 2).Entity("Putin", "PERSON", "the Russian President").Entity("NATO", "ORGANIZATION").Says("Putin", "CRITICIZED", "NATO"),
    ];

    private async Task<SqliteGraphStore> Open() => await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = folder.NewFile("graph.db") });

    [Fact]
    public async Task A_batch_gives_the_graph_its_articles_give_one_at_a_time()
    {
        await using var oneByOne = await Open();
        await using var batched = await Open();

        var expected = await oneByOne.SnapshotAfter(MixedBatch());
        var results = await batched.PutArticlesAsync(MixedBatch());

        results.Select(r => r.Outcome).Should().Equal(
            PutOutcome.Added, PutOutcome.Added, PutOutcome.Added, PutOutcome.Added, PutOutcome.Added, PutOutcome.Replaced, PutOutcome.Added, PutOutcome.Unchanged);
        (await batched.ReadAllAsync()).ShouldEqualIgnoringIngestion(expected);
        expected.Named("Sergei Lavrov").Id.Should().Be("person:sergei-lavrov", "the fuller name in a5 renamed the entity a4 created");
        expected.Relations.Should().Contain(r => r.Type == "MET" && r.Support == 2, "a3 and a6 both support Putin MET Xi after a1 changed");
    }

    [Fact]
    public async Task Search_rows_written_in_a_batch_find_the_same_entities()
    {
        await using var oneByOne = await Open();
        await using var batched = await Open();
        await oneByOne.SnapshotAfter(MixedBatch());
        await batched.PutArticlesAsync(MixedBatch());

        foreach (var text in new[] { "lavrov", "serg", "russian pres", "xi", "mosc" })
        {
            var expected = await oneByOne.SearchEntitiesAsync(new EntitySearch(text));
            var actual = await batched.SearchEntitiesAsync(new EntitySearch(text));
            actual.Items.Select(h => h.Entity.Id).Should().Equal(expected.Items.Select(h => h.Entity.Id), $"search '{text}'");
            actual.TotalCount.Should().Be(expected.TotalCount).And.Be(expected.Items.Count);
        }
    }

    [Fact]
    public async Task A_search_page_past_the_last_hit_still_reports_the_total()
    {
        await using var store = await Open();
        await store.PutArticlesAsync(MixedBatch());

        var first = await store.SearchEntitiesAsync(new EntitySearch("xi") { First = 1 });
        var past = await store.SearchEntitiesAsync(new EntitySearch("xi") { First = 1, After = first.EndCursor });

        first.TotalCount.Should().Be(1);
        past.Items.Should().BeEmpty();
        past.TotalCount.Should().Be(1);
        past.HasNextPage.Should().BeFalse();
    }

    [Fact]
    public async Task An_entity_created_after_a_rename_in_the_batch_is_found_by_the_batch_articles_after_it()
    {
        // b2's fuller name renames b1's entity, which writes what is pending and forgets the lookups; b2's new
        // organisation then waits unwritten, and b3 must still find it rather than create a second one.
        ArticleFacts[] batch =
        [
            ArticleBuilder.Article("b1", day: 1).Entity("Korvel", "PERSON").Entity("Tessary", "LOCATION").Says("Korvel", "LOCATED_IN", "Tessary"),
            ArticleBuilder.Article("b2", day: 2).Entity("Anna Korvel", "PERSON").Entity("Velmar Group", "ORGANIZATION", "Velmar").Says("Anna Korvel", "LEADS", "Velmar Group", 0.6),
            ArticleBuilder.Article("b3", day: 3).Entity("Velmar Group", "ORGANIZATION").Entity("Bram Ostin", "PERSON").Entity("Anna Korvel", "PERSON").Says("Bram Ostin", "CRITICIZED", "Velmar Group")
                .Says("Bram Ostin", "MET", "Anna Korvel"),
            ArticleBuilder.Article("b4", day: 4).Entity("Velmar", "ORGANIZATION").Entity("Anna Korvel", "PERSON").Says("Anna Korvel", "LEADS", "Velmar", 0.5),
        ];
        await using var oneByOne = await Open();
        await using var batched = await Open();

        var expected = await oneByOne.SnapshotAfter(batch);
        await batched.PutArticlesAsync(batch);

        var actual = await batched.ReadAllAsync();
        actual.ShouldEqualIgnoringIngestion(expected);
        actual.Entities.Where(e => e.Type == "ORGANIZATION").Should().ContainSingle("b3 and b4 name the organisation b2 created");
        actual.Named("Anna Korvel").Id.Should().Be("person:anna-korvel");
        actual.Relations.Should().Contain(r => r.Type == "LEADS" && r.Support == 2);
    }

    [Fact]
    public async Task Names_with_quotes_backslashes_and_control_characters_are_kept_as_given()
    {
        const string Odd = "Ostin \"Bram\" O\\Neil";
        const string Alias = "B.\tO.";
        await using var store = await Open();
        await store.PutArticlesAsync([ArticleBuilder.Article("q1").Entity(Odd, "PERSON", Alias).Entity("Tessary", "LOCATION").Says(Odd, "LOCATED_IN", "Tessary")]);

        var snapshot = await store.ReadAllAsync();
        snapshot.Mentions.Should().Contain(m => m.Name == Odd && m.Aliases.Contains(Alias));
        (await store.FindEntitiesByNameAsync(Alias)).Should().ContainSingle().Which.Name.Should().Be(Odd);
    }
}
