using Graph.Core.Ontology;
using Graph.Store;
using Graph.Store.Neo4j;
using Graph.Store.Sqlite;

namespace Graph.Cli.Hosting;

/// <summary>
/// Opens the store a command or the server works on: Neo4j (over its Query API) when <c>NEO4J_URI</c> is set, else the
/// embedded SQLite file. A bad Neo4j setting is reported by <see cref="Neo4jConfigurationException"/>, naming the variable.
/// </summary>
public static class StoreFactory
{
    /// <summary>Whether the environment points at Neo4j.</summary>
    public static bool UsesNeo4j => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Neo4jOptions.UriVariable));

    public static async Task<IGraphStore> OpenAsync(string sqlitePath, GraphOntology ontology, CancellationToken cancellationToken) =>
        UsesNeo4j
            ? await Neo4jGraphStore.OpenAsync(Neo4jOptions.FromEnvironment(), ontology, cancellationToken: cancellationToken).ConfigureAwait(false)
            : await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = sqlitePath }, ontology, cancellationToken).ConfigureAwait(false);

    /// <summary>Where the store is, for people (never with the Neo4j password).</summary>
    public static string Describe(string sqlitePath) =>
        UsesNeo4j ? Neo4jOptions.FromEnvironment().ToString() : Path.GetFullPath(sqlitePath);

    /// <summary>The ingestion queue's file: beside the SQLite store (also when the graph is in Neo4j, the queue is local).</summary>
    public static string QueuePath(string sqlitePath, string? configured) => Path.GetFullPath(configured ?? sqlitePath + ".queue.db");
}
