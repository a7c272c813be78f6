using Graph.Core.Ontology;

namespace Graph.Cli.Hosting;

/// <summary>What the command line decides about a server; everything else comes from configuration.</summary>
public sealed record GraphServerSettings
{
    /// <summary>Where Kestrel listens, e.g. <c>http://127.0.0.1:5000</c> (several separated by ';'); port 0 picks a free port.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5000";

    /// <summary>The embedded store's file.</summary>
    public required string DatabasePath { get; init; }

    public GraphOntology Ontology { get; init; } = GraphOntology.Default;

    /// <summary>A JSON configuration file to read besides appsettings.json and GRAPH_/GraphQL__ environment variables.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Extra configuration (key → value), applied last: for tests and embedding.</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();
}
