using System.CommandLine;
using Graph.Cli.Commands;

namespace Graph.Cli;

/// <summary>The <c>graph</c> executable: one command per job, sharing --db and --ontology.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("Graph: news articles in, a knowledge graph of who did what to whom out.");
        root.Options.Add(CliOptions.Database);
        root.Options.Add(CliOptions.Ontology);
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(EntityCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(PushCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(DeadLettersCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
    }
}
