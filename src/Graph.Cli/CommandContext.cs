using System.CommandLine;
using Graph.Core.Ontology;
using Graph.Store;
using Graph.Store.Sqlite;

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

    public async Task<IGraphStore> OpenStoreAsync(CancellationToken cancellationToken) =>
        await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = DatabasePath }, Ontology, cancellationToken).ConfigureAwait(false);
}
