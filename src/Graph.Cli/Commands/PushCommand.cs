using System.CommandLine;
using Graph.Interchange.Reading;
using Graph.Store;
using Graph.Store.Neo4j;
using Graph.Store.Neo4j.Http;
using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph push --neo4j URI [--user U] [--password P] [--database D] [--batch-size N]</c>: copies the embedded graph
/// into a live Neo4j over its Query API, through the Neo4j adapter, a batch of articles per transaction, with progress.
/// Articles go in their original order with their original ingestion times, so the Neo4j graph equals the embedded one;
/// an article already there unchanged is skipped, so a push that stopped half-way is simply run again.
/// Each setting falls back to NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE (prefer the variable for the password:
/// a command line is visible to other users of the machine).
/// </summary>
internal static class PushCommand
{
    public static Command Create()
    {
        var uri = new Option<string?>("--neo4j") { Description = "The Neo4j server's HTTP address, e.g. http://localhost:7474 (else NEO4J_URI)" };
        var user = new Option<string?>("--user") { Description = "Neo4j user (else NEO4J_USER)" };
        var password = new Option<string?>("--password") { Description = "Neo4j password (else NEO4J_PASSWORD; the variable is safer)" };
        var database = new Option<string?>("--database") { Description = "Neo4j database (else NEO4J_DATABASE, else neo4j)" };
        var batchSize = new Option<int>("--batch-size") { Description = "Articles per transaction", DefaultValueFactory = _ => 50 };
        var command = new Command("push", "Copy the embedded graph into a live Neo4j (Query API)") { uri, user, password, database, batchSize };
        command.SetAction(async (context, cancellationToken) =>
        {
            var given = new Dictionary<string, string?>
            {
                [Neo4jOptions.UriVariable] = context.Parse.GetValue(uri),
                [Neo4jOptions.UserVariable] = context.Parse.GetValue(user),
                [Neo4jOptions.PasswordVariable] = context.Parse.GetValue(password),
                [Neo4jOptions.DatabaseVariable] = context.Parse.GetValue(database),
            };
            var size = context.Parse.GetValue(batchSize);
            if (size < 1)
            {
                throw new UserError($"--batch-size must be at least 1, not {size}");
            }

            Neo4jOptions options;
            try
            {
                options = Neo4jOptions.FromVariables(name => given[name] ?? Environment.GetEnvironmentVariable(name));
            }
            catch (Neo4jConfigurationException bad)
            {
                throw new UserError($"{OptionFor(bad.Setting)}/{bad.Message}");
            }

            GraphSnapshot graph;
            await using (var source = await context.OpenStoreAsync(cancellationToken).ConfigureAwait(false))
            {
                graph = await source.ReadAllAsync(cancellationToken).ConfigureAwait(false);
            }

            List<CopiedArticle> articles;
            try
            {
                articles = [.. GraphReplay.Articles(graph, context.Ontology).Select(a => new CopiedArticle(a.Facts, a.IngestedAt))];
            }
            catch (Graph.Interchange.InterchangeFormatException bad)
            {
                throw new UserError($"the embedded graph cannot be copied as it is: {string.Join("; ", bad.Problems)}");
            }

            try
            {
                await using var target = await Neo4jGraphStore.OpenAsync(options, context.Ontology, cancellationToken: cancellationToken).ConfigureAwait(false);
                var copier = new Neo4jArticleCopier(target, context.Ontology);
                var outcomes = await WithProgressAsync(articles, size, copier, cancellationToken).ConfigureAwait(false);
                await CurationReport.CarryOverAsync(target, graph, cancellationToken).ConfigureAwait(false);
                var counts = await target.GetCountsAsync(cancellationToken).ConfigureAwait(false);
                int Count(PutOutcome outcome) => outcomes.Count(o => o.Outcome == outcome);
                Console.WriteLine($"pushed {articles.Count} article(s) to {options}: {Count(PutOutcome.Added)} added, {Count(PutOutcome.Replaced)} replaced, "
                    + $"{Count(PutOutcome.Unchanged)} unchanged; Neo4j now holds {counts.Articles} article(s), {counts.Entities} entities, "
                    + $"{counts.Relations} relations, {counts.Statements} statements");
                return 0;
            }
            catch (Exception e) when (e is Neo4jException or StoreUnavailableException)
            {
                throw new UserError($"push to {options} stopped: {e.Message} (batches already written stay; run push again to go on)");
            }
        });
        return command;
    }

    /// <summary>A progress bar on a terminal; one line a batch on standard error otherwise (logs, tests).</summary>
    private static async Task<List<PutResult>> WithProgressAsync(List<CopiedArticle> articles, int size, Neo4jArticleCopier copier, CancellationToken cancellationToken)
    {
        var outcomes = new List<PutResult>(articles.Count);
        if (Console.IsErrorRedirected)
        {
            foreach (var batch in articles.Chunk(size))
            {
                outcomes.AddRange(await copier.PutBatchAsync(batch, cancellationToken).ConfigureAwait(false));
                await Console.Error.WriteLineAsync($"graph: pushed {outcomes.Count}/{articles.Count} article(s)").ConfigureAwait(false);
            }

            return outcomes;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("pushing articles", maxValue: Math.Max(1, articles.Count));
                foreach (var batch in articles.Chunk(size))
                {
                    outcomes.AddRange(await copier.PutBatchAsync(batch, cancellationToken).ConfigureAwait(false));
                    task.Increment(batch.Length);
                }

                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return outcomes;
    }

    private static string OptionFor(string variable) => variable switch
    {
        Neo4jOptions.UriVariable => "--neo4j",
        Neo4jOptions.UserVariable => "--user",
        Neo4jOptions.PasswordVariable => "--password",
        _ => "--database",
    };
}
