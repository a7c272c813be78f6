using System.CommandLine;

namespace Graph.Cli;

/// <summary>The options every command that touches the store understands.</summary>
internal static class CliOptions
{
    /// <summary>The embedded store's file; the default keeps the graph under ./data/ of the working folder.</summary>
    public static readonly Option<string> Database = new("--db")
    {
        Description = "The embedded SQLite store's file",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("GRAPH_DB") ?? Path.Combine("data", "graph.db"),
        Recursive = true,
    };

    /// <summary>An ontology file that replaces the built-in one (entity and relation types, signal words).</summary>
    public static readonly Option<FileInfo?> Ontology = new("--ontology")
    {
        Description = "An ontology file to use instead of the built-in one",
        Recursive = true,
    };
}
