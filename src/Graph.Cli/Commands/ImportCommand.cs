using System.CommandLine;
using Graph.Core.Model;
using Graph.Extraction.Evaluation;
using Graph.Interchange;
using Graph.Interchange.Reading;
using Graph.Store;
using Graph.Store.Sqlite;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph import PATH [--format guidelines|jsonl|graphml|neo4j-csv]</c>: loads facts into the embedded store. The default
/// reads the GUIDELINES jsonl; the others read back what <c>graph export</c> wrote and put its articles again, in their
/// original order and with their original ingestion times, so an export imported into an empty store gives the same graph.
/// The whole input is checked first: any problem (each named with file and line) means nothing is written, so a
/// half-imported file never has to be cleaned up; a good input is written article by article, each atomically.
/// </summary>
internal static class ImportCommand
{
    private const int BatchSize = 200;

    private static readonly string[] Formats = ["guidelines", "jsonl", "graphml", "neo4j-csv"];

    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A .jsonl file (GUIDELINES, or a jsonl export), a .graphml file, or a neo4j-csv export folder" };
        var format = new Option<string>("--format")
        {
            Description = "guidelines (extraction/GUIDELINES.md facts, the default), or jsonl, graphml, neo4j-csv as graph export writes them",
            DefaultValueFactory = _ => "guidelines",
        };
        format.AcceptOnlyFromAmong(Formats);
        var command = new Command("import", "Load facts (GUIDELINES jsonl) or a graph export into the store") { path, format };
        command.SetAction(async (context, cancellationToken) =>
        {
            var input = Path.GetFullPath(context.Parse.GetValue(path)!);
            var chosen = context.Parse.GetValue(format)!;
            var exists = chosen == "neo4j-csv" ? Directory.Exists(input) : File.Exists(input);
            if (!exists)
            {
                throw new UserError($"{input}: no such {(chosen == "neo4j-csv" ? "folder" : "file")}");
            }

            return chosen == "guidelines"
                ? await ImportGuidelinesAsync(context, input, cancellationToken).ConfigureAwait(false)
                : await ImportExportAsync(context, input, chosen, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> ImportGuidelinesAsync(CommandContext context, string file, CancellationToken cancellationToken)
    {
        IReadOnlyList<ArticleFacts> articles;
        try
        {
            articles = GuidelinesJsonl.ReadFile(file, context.Ontology);
        }
        catch (GuidelinesJsonlException bad)
        {
            return await RefuseAsync(bad.Problems, Path.GetFileName(file)).ConfigureAwait(false);
        }

        await using var store = await context.OpenStoreAsync(cancellationToken).ConfigureAwait(false);
        var outcomes = new List<PutResult>();
        foreach (var batch in articles.Chunk(BatchSize))
        {
            outcomes.AddRange(await store.PutArticlesAsync(batch, cancellationToken).ConfigureAwait(false));
        }

        Report(outcomes, articles.Sum(a => a.Statements.Count));
        return 0;
    }

    private static async Task<int> ImportExportAsync(CommandContext context, string input, string format, CancellationToken cancellationToken)
    {
        IReadOnlyList<ReplayedArticle> articles;
        GraphSnapshot graph;
        try
        {
            graph = format switch
            {
                "jsonl" => JsonlReader.ReadFile(input),
                "graphml" => GraphMlReader.ReadFile(input),
                _ => Neo4jCsvReader.ReadFolder(input),
            };
            articles = GraphReplay.Articles(graph, context.Ontology);
        }
        catch (InterchangeFormatException bad)
        {
            return await RefuseAsync(bad.Problems, Path.GetFileName(input)).ConfigureAwait(false);
        }

        var clock = new ReplayClock();
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = context.DatabasePath, Clock = clock }, context.Ontology, cancellationToken).ConfigureAwait(false);
        var outcomes = await GraphLoader.LoadAsync(store, clock, articles, null, cancellationToken).ConfigureAwait(false);
        Report(outcomes, articles.Sum(a => a.Facts.Statements.Count));
        await CurationReport.CarryOverAsync(store, graph, cancellationToken).ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> RefuseAsync(IReadOnlyList<string> problems, string name)
    {
        foreach (var problem in problems)
        {
            await Console.Error.WriteLineAsync($"graph: {problem}").ConfigureAwait(false);
        }

        await Console.Error.WriteLineAsync($"graph: nothing imported: {problems.Count} problem(s) in {name}").ConfigureAwait(false);
        return 1;
    }

    private static void Report(IReadOnlyList<PutResult> outcomes, int statements)
    {
        int Count(PutOutcome outcome) => outcomes.Count(o => o.Outcome == outcome);
        Console.WriteLine($"imported {outcomes.Count} article(s): {Count(PutOutcome.Added)} added, {Count(PutOutcome.Replaced)} replaced, "
            + $"{Count(PutOutcome.Unchanged)} unchanged; {statements} statement(s)");
    }
}
