using Graph.Store.Sqlite;
using Microsoft.Data.Sqlite;
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
        try
        {
            await base.DisposeAsync();
            foreach (var path in paths.Values)
            {
                OtherNamesShouldMatchTheNames(path);
            }
        }
        finally
        {
            folder.Dispose();
        }
    }

    /// <summary>
    /// After every contract test: each entity row's <c>other_names</c> (what reads give as its aliases) holds exactly its
    /// names but the one under its own key, whichever writer added, moved or removed them.
    /// </summary>
    private static void OtherNamesShouldMatchTheNames(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT e.id, e.other_names FROM entity e
            WHERE (SELECT json_group_array(value) FROM (SELECT value FROM json_each(coalesce(e.other_names, '[]')) ORDER BY value))
               IS NOT (SELECT json_group_array(alias) FROM (SELECT a.alias FROM entity_alias a WHERE a.entity_n = e.n AND a.alias_key <> e.name_key ORDER BY a.alias))
            """;
        using var reader = command.ExecuteReader();
        var wrong = new List<string>();
        while (reader.Read())
        {
            wrong.Add($"{reader.GetString(0)}: {(reader.IsDBNull(1) ? "NULL" : reader.GetString(1))}");
        }

        wrong.Should().BeEmpty($"every entity's other_names in {path} should list its names but its own");
    }
}
