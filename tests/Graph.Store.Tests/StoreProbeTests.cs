using System.Reflection;
using Graph.Store.Sqlite;
using Graph.Store.Tests.Support;

namespace Graph.Store.Tests;

/// <summary>The readiness probe: one cheap read, and a clear "not ready" when the store cannot answer.</summary>
public sealed class StoreProbeTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_store_that_answers_is_ready_and_the_probe_reads_one_article_not_the_graph_counts()
    {
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = folder.NewFile("graph.db") });
        await store.PutArticleAsync(ArticleBuilder.Article("a1", day: 1).Entity("Anna Korvel", "PERSON").Entity("Velmar Group", "ORGANIZATION")
            .Says("Anna Korvel", "CRITICIZED", "Velmar Group"));
        var calls = new List<string>();
        var recorded = StoreDouble.Create((method, args) =>
        {
            calls.Add(method.Name);
            return method.Invoke(store, args);
        });

        var (ready, detail) = await StoreProbe.CheckAsync(recorded, CancellationToken.None);

        ready.Should().BeTrue();
        detail.Should().Be("store answers");
        calls.Should().Equal(nameof(IGraphStore.GetArticleAsync));
    }

    [Fact]
    public async Task A_store_that_cannot_be_reached_is_not_ready_and_the_detail_says_why()
    {
        // Test double: an unreachable store (the Neo4j adapter's own tests cause refusals for real; a file store has none).
        var unreachable = StoreDouble.Create((_, _) => throw new StoreUnavailableException("Neo4j at http://db:7474 refused the connection"));

        var (ready, detail) = await StoreProbe.CheckAsync(unreachable, CancellationToken.None);

        ready.Should().BeFalse();
        detail.Should().Be("store unavailable: Neo4j at http://db:7474 refused the connection");
    }

    [Fact]
    public async Task A_store_that_does_not_answer_in_time_is_not_ready()
    {
        // Test double: a read that hangs until it is cancelled, as a wedged server would.
        var hanging = StoreDouble.Create((_, args) => Task.Delay(Timeout.Infinite, (CancellationToken)args![1]!).ContinueWith<Core.Model.Article?>(
            t => throw new OperationCanceledException("the store did not answer"), TaskScheduler.Default));
        using var caller = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var (ready, detail) = await StoreProbe.CheckAsync(hanging, caller.Token);

        ready.Should().BeFalse();
        detail.Should().StartWith("store unavailable:");
    }

    /// <summary>An <see cref="IGraphStore"/> whose every call goes to one function (records, forwards or fails).</summary>
    public class StoreDouble : DispatchProxy
    {
        private Func<MethodInfo, object?[]?, object?> answer = (_, _) => throw new InvalidOperationException("no answer set");

        public static IGraphStore Create(Func<MethodInfo, object?[]?, object?> answer)
        {
            var store = DispatchProxy.Create<IGraphStore, StoreDouble>();
            ((StoreDouble)(object)store).answer = answer;
            return store;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => answer(targetMethod!, args);
    }
}
