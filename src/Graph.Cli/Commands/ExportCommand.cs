using System.CommandLine;
using Graph.Interchange;
using Graph.Store.Neo4j.Cypher;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph export --format jsonl|graphml|neo4j-csv|cypher [--output PATH]</c>: the whole graph in a
/// format other tools read. jsonl, graphml and cypher go to standard output unless --output names a file;
/// neo4j-csv writes a folder (with the neo4j-admin command that loads it).
/// </summary>
internal static class ExportCommand
{
    private static readonly Dictionary<string, ExportFormat> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jsonl"] = ExportFormat.Jsonl,
        ["graphml"] = ExportFormat.GraphMl,
        ["neo4j-csv"] = ExportFormat.Neo4jCsv,
        ["cypher"] = ExportFormat.Cypher,
    };

    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = $"One of: {string.Join(", ", Formats.Keys)}", Required = true };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var output = new Option<string?>("--output", "-o") { Description = "A file (or, for neo4j-csv, a folder); standard output when absent" };
        var command = new Command("export", "Write the whole graph in another format") { format, output };
        command.SetAction(async (context, cancellationToken) =>
        {
            var chosen = Formats[context.Parse.GetValue(format)!];
            var target = context.Parse.GetValue(output);
            await using var store = await context.OpenStoreAsync(cancellationToken).ConfigureAwait(false);
            var graph = await store.ReadAllAsync(cancellationToken).ConfigureAwait(false);
            if (chosen == ExportFormat.Neo4jCsv)
            {
                var folder = target ?? throw new UserError("neo4j-csv writes several files: name a folder with --output");
                Neo4jCsvExporter.Write(graph, folder);
                await Console.Error.WriteLineAsync($"graph: wrote {Neo4jCsvExporter.Files.Count} CSV files and import.sh to {Path.GetFullPath(folder)}").ConfigureAwait(false);
                return 0;
            }

            await using var stream = target is null ? Console.OpenStandardOutput() : File.Create(target);
            switch (chosen)
            {
                case ExportFormat.Jsonl:
                    await JsonlExporter.WriteAsync(graph, stream, cancellationToken).ConfigureAwait(false);
                    break;
                case ExportFormat.GraphMl:
                    GraphMlExporter.Write(graph, stream);
                    break;
                case ExportFormat.Cypher:
                    var script = CypherScriptExporter.Write(graph, CypherCatalog.Embedded.Schema.Select(s => s.Text));
                    await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(script), cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    throw new UserError($"format {chosen} is not written here");
            }

            return 0;
        });
        return command;
    }
}
