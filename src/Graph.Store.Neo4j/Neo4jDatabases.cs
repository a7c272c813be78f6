using Graph.Store.Neo4j.Cypher;
using Graph.Store.Neo4j.Http;

namespace Graph.Store.Neo4j;

/// <summary>
/// Creating and dropping databases through Neo4j's system database (Enterprise, or an Aura tier with several databases):
/// what a live contract run uses to give every store a database of its own.
/// </summary>
public static class Neo4jDatabases
{
    public static Task CreateAsync(Neo4jOptions server, string name, CancellationToken cancellationToken = default) =>
        RunOnSystemAsync(server, "admin/create-database", name, cancellationToken);

    public static Task DropAsync(Neo4jOptions server, string name, CancellationToken cancellationToken = default) =>
        RunOnSystemAsync(server, "admin/drop-database", name, cancellationToken);

    private static async Task RunOnSystemAsync(Neo4jOptions server, string statement, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var client = new QueryApiClient(server with { Database = "system" });
        await client.RunAsync(CypherCatalog.Embedded.Get(statement), Parameters.Of(("name", name)), cancellationToken).ConfigureAwait(false);
    }
}
