using Graph.Store.Sqlite;
using Graph.Store.Tests.Contract;
using Graph.Store.Tests.Support;

namespace Graph.Store.Tests.Sqlite;

/// <summary>The contract against the embedded store: a fresh temporary file per store.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContract
{
    private readonly TempFolder folder = new();
    private readonly Dictionary<IGraphStore, string> paths = [];

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        var path = folder.NewFile("graph.db");
        var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path });
        paths[store] = path;
        return store;
    }

    protected override async Task<IGraphStore> OpenFailingHandleAsync(IGraphStore store, int articlesWritten)
    {
        var written = 0;
        return await SqliteGraphStore.OpenAsync(new SqliteStoreOptions
        {
            Path = paths[store],
            FaultInjectionAfterArticleWritten = id =>
            {
                if (++written >= articlesWritten)
                {
                    throw new InjectedFaultException(id);
                }
            },
        });
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        folder.Dispose();
    }
}
