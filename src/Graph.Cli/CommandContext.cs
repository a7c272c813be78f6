using System.CommandLine;
using Graph.Core.Ontology;
using Graph.Store;

namespace Graph.Cli;

/// <summary>What a command needs from its parsed options: the ontology and the store, opened on demand.</summary>
internal sealed class CommandContext(ParseResult parse)
{
    private GraphOntology? ontology;

    public ParseResult Parse { get; } = parse;

    public GraphOntology Ontology => ontology ??= Parse.GetValue(CliOptions.Ontology) is { } file
        ? OntologyLoader.LoadFile(file.FullName)
        : GraphOntology.Default;

    public string DatabasePath => Parse.GetValue(CliOptions.Database)!;

    /// <summary>The store: Neo4j when NEO4J_URI is set, else the SQLite file at --db.</summary>
    public Task<IGraphStore> OpenStoreAsync(CancellationToken cancellationToken) =>
        Hosting.StoreFactory.OpenAsync(DatabasePath, Ontology, cancellationToken);
}
