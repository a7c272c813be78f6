using Graph.Core.Model;
using Graph.Store.Tests.Support;

namespace Graph.Store.Tests.Contract;

/// <summary>
/// The one contract every <see cref="IGraphStore"/> must meet, written against the port alone. A backend
/// subclasses it and says how to make an empty store (and, for the failure tests, how to open a second handle
/// on the same data that fails part-way through a write). Re-ingestion semantics are proven by comparing
/// whole-graph snapshots (<see cref="IGraphStore.ReadAllAsync"/>).
/// </summary>
public abstract partial class GraphStoreContract : IAsyncLifetime
{
    private readonly List<IGraphStore> opened = [];

    /// <summary>A new, empty store, used by one test.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    /// <summary>
    /// FAULT INJECTION: a second handle on <paramref name="store"/>'s data whose writes throw
    /// <see cref="InjectedFaultException"/> inside the write transaction after <paramref name="articlesWritten"/>
    /// articles of a batch are written.
    /// </summary>
    protected abstract Task<IGraphStore> OpenFailingHandleAsync(IGraphStore store, int articlesWritten);

    protected async Task<IGraphStore> NewStoreAsync()
    {
        var store = await CreateEmptyStoreAsync();
        opened.Add(store);
        return store;
    }

    protected async Task<IGraphStore> FailingHandleAsync(IGraphStore store, int articlesWritten)
    {
        var handle = await OpenFailingHandleAsync(store, articlesWritten);
        opened.Add(handle);
        return handle;
    }

    /// <summary>A fresh store fed these articles in order, and its snapshot.</summary>
    protected async Task<GraphSnapshot> FreshSnapshotAsync(params ArticleFacts[] articles)
    {
        var store = await NewStoreAsync();
        return await store.SnapshotAfter(articles);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>After every test, whatever it wrote: each store's counts agree with its whole graph, then the stores close.</summary>
    public virtual async Task DisposeAsync()
    {
        try
        {
            foreach (var store in opened)
            {
                await CountsShouldMatchTheGraphAsync(store);
            }
        }
        finally
        {
            foreach (var store in Enumerable.Reverse(opened))
            {
                await store.DisposeAsync();
            }
        }
    }

    /// <summary>The counts a store keeps (or counts) equal those of its snapshot, in total and by type.</summary>
    private static async Task CountsShouldMatchTheGraphAsync(IGraphStore store)
    {
        var counts = await store.GetCountsAsync();
        var graph = await store.ReadAllAsync();
        static Dictionary<string, int> ByType(IEnumerable<string> types) => types.CountBy(t => t).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        counts.EntitiesByType.Should().BeEquivalentTo(ByType(graph.Entities.Select(e => e.Type)), "entities by type");
        counts.RelationsByType.Should().BeEquivalentTo(ByType(graph.Relations.Select(r => r.Type)), "relations by type");
        (counts.Articles, counts.Entities, counts.Relations, counts.Statements).Should().Be((graph.Articles.Count, graph.Entities.Count, graph.Relations.Count, graph.Statements.Count));
    }

    protected static ArticleBuilder Article(string id, int? day = 1) => ArticleBuilder.Article(id, day);

    protected static DateTimeOffset Day(int day) => ArticleBuilder.Day(day);

    /// <summary>Three articles about overlapping people, the fixture most re-ingestion tests start from.</summary>
    protected static ArticleFacts[] ThreeArticles() =>
    [
        Article("a1", day: 1)
            .Entity("Vladimir Putin", "PERSON", "Putin", "President Putin")
            .Entity("Xi Jinping", "PERSON", "Xi")
            .Entity("Moscow", "LOCATION")
            .Says("Vladimir Putin", "MET", "Xi Jinping", 0.9)
            .Says("Xi Jinping", "MET", "Vladimir Putin", 0.5)
            .Says("Vladimir Putin", "LOCATED_IN", "Moscow", 0.4, negated: true),
        Article("a2", day: 2)
            .Entity("Putin", "PERSON")
            .Entity("NATO", "ORGANIZATION", "the alliance")
            .Says("Putin", "CRITICIZED", "NATO", 0.8),
        Article("a3", day: 3)
            .Entity("Xi Jinping", "PERSON", "President Xi")
            .Entity("Narendra Modi", "PERSON", "Modi")
            .Entity("NATO", "ORGANIZATION")
            .Says("Narendra Modi", "MET", "Xi Jinping", 0.7)
            .Says("Xi Jinping", "CRITICIZED", "NATO", 0.6),
    ];
}

/// <summary>The failure a fault-injecting handle throws inside the write transaction.</summary>
public sealed class InjectedFaultException(string articleId) : Exception($"fault injected after writing article '{articleId}'");
