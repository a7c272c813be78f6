using System.CommandLine;
using Graph.Cli.Hosting;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph serve</c>: the GraphQL API over HTTP (and WebSocket subscriptions) on Kestrel, over the store at --db.
/// API keys and limits come from configuration (appsettings.json, --config FILE, GraphQL__… or GRAPH_API_KEYS). The
/// ingestion worker runs in the same process (the <c>Ingestion</c> section; the sample folder when no source is configured).
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, e.g. http://127.0.0.1:5000 (several separated by ';')",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("GRAPH_URLS") ?? "http://127.0.0.1:5000",
        };
        var config = new Option<FileInfo?>("--config") { Description = "A JSON configuration file (GraphQL:ApiKeys, GraphQL:RequireKeyForQueries, …)" };
        var jsonLogs = new Option<bool>("--json-logs") { Description = "Write logs as JSON lines (structured) instead of text" };
        var command = new Command("serve", "Serve the graph over GraphQL (HTTP, WebSocket, GraphiQL) and run the ingestion service") { urls, config, jsonLogs };
        command.SetAction(async (context, cancellationToken) =>
        {
            var file = context.Parse.GetValue(config);
            if (file is { Exists: false }) throw new UserError($"{file.FullName}: no such configuration file");
            var builder = GraphServerBuilder.Create(new GraphServerSettings
            {
                Urls = context.Parse.GetValue(urls)!,
                DatabasePath = context.DatabasePath,
                Ontology = context.Ontology,
                ConfigFile = file?.FullName,
                // The console logger's JSON formatter: one object per line with the message template's named values.
                Overrides = context.Parse.GetValue(jsonLogs) ? new Dictionary<string, string?> { ["Logging:Console:FormatterName"] = "json" } : new Dictionary<string, string?>(),
            });
            var ingestion = IngestionHosting.Add(builder, context.DatabasePath, context.Ontology);
            await using var server = await builder.BuildAsync(cancellationToken).ConfigureAwait(false);
            await server.StartAsync(cancellationToken).ConfigureAwait(false);
            foreach (var address in server.Addresses)
            {
                Console.WriteLine($"Explorer at {new Uri(address, "/")}");
                Console.WriteLine($"GraphQL at {new Uri(address, "/graphql")} (open it in a browser for GraphiQL; WebSocket subscriptions on the same path)");
            }
            Console.WriteLine($"store: {StoreFactory.Describe(context.DatabasePath)}; mutations {(server.HttpOptions.ApiKeys.Count > 0 ? "need an API key" : "are disabled (no API key configured)")}");
            if (ingestion is null)
            {
                Console.WriteLine("ingestion: off (Ingestion:Enabled is false)");
            }
            else
            {
                var sources = ingestion.Sources.Count == 0 ? "none configured" : string.Join(", ", ingestion.Sources.Select(s => $"{s.Name} ({s.Kind} {s.Location})"));
                Console.WriteLine($"ingestion: queue {StoreFactory.QueuePath(context.DatabasePath, ingestion.QueuePath)}; configured sources: {sources} (plus any added with POST /sources); POST /articles, GET/POST/DELETE /sources, /metrics, /health/ready");
            }

            await server.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
