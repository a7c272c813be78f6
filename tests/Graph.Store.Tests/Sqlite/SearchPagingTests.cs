using Graph.Core.Model;
using Graph.Store.Sqlite;
using Graph.Store.Tests.Support;

namespace Graph.Store.Tests.Sqlite;

/// <summary>
/// The SQLite search ranks every match in memory and looks up only the page's candidates (ties at the cut included):
/// paging through many matches, some with equal ranks, gives each entity once, in (rank, id) order.
/// </summary>
public sealed class SearchPagingTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Pages_through_many_tied_matches_give_each_entity_once_in_rank_then_id_order()
    {
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = folder.NewFile("graph.db") });

        // Two-word and three-word names: within each length the ranks tie, and the shorter names rank first.
        var articles = Enumerable.Range(0, 12).Select(i =>
            ArticleBuilder.Article($"s{i}", day: i + 1)
                .Entity($"Kestrel Works {i}", "ORGANIZATION")
                .Entity($"Kestrel Harbour Works {i}", "ORGANIZATION")
                .Says($"Kestrel Works {i}", "COOPERATED", $"Kestrel Harbour Works {i}")
                .Build()).ToList();
        await store.PutArticlesAsync(articles);

        var everything = await store.SearchEntitiesAsync(new EntitySearch("kestr") { First = 100 });
        everything.TotalCount.Should().Be(24);
        var expected = everything.Items.OrderByDescending(h => h.Score).ThenBy(h => h.Entity.Id, StringComparer.Ordinal).Select(h => h.Entity.Id).ToList();
        everything.Items.Select(h => h.Entity.Id).Should().Equal(expected);
        everything.Items.Select(h => h.Score).Distinct().Should().HaveCountGreaterThan(1).And.HaveCountLessThan(24, "some ranks tie");

        var paged = new List<string>();
        string? after = null;
        do
        {
            var page = await store.SearchEntitiesAsync(new EntitySearch("kestr") { First = 5, After = after });
            paged.AddRange(page.Items.Select(h => h.Entity.Id));
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        paged.Should().Equal(expected);
    }
}
