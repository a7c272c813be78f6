using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Cli.Hosting;
using Graph.GraphQL.Execution;
using Graph.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Bench.Api;

/// <summary>
/// Serves the cached store with <c>graph serve</c>'s own composition (<see cref="GraphServerBuilder"/>), adds the
/// plain endpoints to the same application, checks that each scenario's two endpoints return the same bytes for every
/// id, then measures them with wrk: per scenario a warm-up of each, then rounds in which plain and GraphQL alternate
/// (so a change in the machine's load hits both), and prints each round and the median round's ratio.
/// </summary>
internal static class BenchRun
{
    public static async Task<int> RunAsync(BenchOptions options, string database)
    {
        Wrk.EnsureInstalled();
        await using var server = await GraphServerBuilder.Create(new GraphServerSettings { DatabasePath = database, Urls = "http://127.0.0.1:0" })
            .BuildAsync().ConfigureAwait(false);
        var store = server.App.Services.GetRequiredService<IGraphStore>();
        PlainEndpoints.Map(server.App, store);
        await server.StartAsync().ConfigureAwait(false);
        var baseUrl = server.Addresses[0].GetLeftPart(UriPartial.Authority);

        Console.WriteLine($"Graph.Bench.Api  {DateTime.UtcNow:u}  .NET {Environment.Version}  {Environment.ProcessorCount} cores  server {baseUrl}");
        Console.WriteLine($"wrk: 1 thread, {options.Connections} connections, {options.Warmup} s warm-up then {options.Rounds} x {options.Duration} s per endpoint, plain and GraphQL alternating");
        var scenarios = Scenarios.Create(await BenchEntities.ChooseAsync(store).ConfigureAwait(false))
            .Where(s => options.Only.Count == 0 || options.Only.Contains(s.Key)).ToList();
        if (scenarios.Count == 0) throw new InvalidOperationException($"--only names no scenario: {string.Join(", ", options.Only)} (known: entity, relations, neighborhood)");

        if (options.Profile > 0)
        {
            await InProcessProfile.RunAsync(scenarios, server.App.Services.GetRequiredService<GraphQLEngine>(), store, options.Profile).ConfigureAwait(false);
            if (options.ProfileOnly)
            {
                await server.StopAsync().ConfigureAwait(false);
                return 0;
            }
        }

        var folder = Directory.CreateTempSubdirectory("graph-bench-api").FullName;
        var results = new List<(Scenario Scenario, WrkFigures Plain, WrkFigures GraphQL)>();
        try
        {
            using (var client = new HttpClient { BaseAddress = new Uri(baseUrl) })
            {
                foreach (var scenario in scenarios) await CheckSameJsonAsync(client, scenario).ConfigureAwait(false);
            }
            Console.WriteLine("checked: for every id, the GraphQL and plain responses are the same bytes");
            Console.WriteLine();

            foreach (var scenario in scenarios)
            {
                var plainFile = Path.Combine(folder, scenario.Key + ".plain.txt");
                var graphqlFile = Path.Combine(folder, scenario.Key + ".graphql.txt");
                await File.WriteAllLinesAsync(plainFile, scenario.EntityIds.Select(id => $"GET\t{scenario.PlainPath(id)}\tapplication/json\t")).ConfigureAwait(false);
                await File.WriteAllLinesAsync(graphqlFile, scenario.EntityIds.Select(id => $"POST\t/graphql\tapplication/graphql-response+json\t{Body(scenario, id)}")).ConfigureAwait(false);

                Console.WriteLine($"{scenario.Title}   load average {LoadAverage()}");
                await Wrk.RunAsync(baseUrl, plainFile, options.Connections, options.Warmup).ConfigureAwait(false);
                await Wrk.RunAsync(baseUrl, graphqlFile, options.Connections, options.Warmup).ConfigureAwait(false);
                var plain = new List<WrkFigures>();
                var graphql = new List<WrkFigures>();
                for (var round = 0; round < options.Rounds; round++)
                {
                    foreach (var isGraphQL in round % 2 == 0 ? new[] { false, true } : [true, false])
                    {
                        var figures = await Wrk.RunAsync(baseUrl, isGraphQL ? graphqlFile : plainFile, options.Connections, options.Duration).ConfigureAwait(false);
                        (isGraphQL ? graphql : plain).Add(figures);
                        Console.WriteLine($"  round {round + 1}  {(isGraphQL ? "GraphQL" : "plain  ")}  {Wrk.Describe(figures)}");
                    }
                }
                var medianPlain = Median(plain);
                var medianGraphQL = Median(graphql);
                results.Add((scenario, medianPlain, medianGraphQL));
                Console.WriteLine($"  ratio GraphQL/plain (median rounds): {medianGraphQL.RequestsPerSecond / medianPlain.RequestsPerSecond:0.00} wall, {medianGraphQL.RequestsPerCpuSecond / medianPlain.RequestsPerCpuSecond:0.00} per CPU-second   load average {LoadAverage()}");
                Console.WriteLine();
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            await server.StopAsync().ConfigureAwait(false);
        }

        PrintSummary(results);
        return 0;
    }

    private static string Body(Scenario scenario, string id) =>
        JsonSerializer.Serialize(new { query = scenario.Query, variables = new { id } });

    /// <summary>The two endpoints must answer alike, or the ratio compares different work.</summary>
    private static async Task CheckSameJsonAsync(HttpClient client, Scenario scenario)
    {
        foreach (var id in scenario.EntityIds)
        {
            using var post = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(Body(scenario, id), Encoding.UTF8, "application/json") };
            post.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
            using var graphqlResponse = await client.SendAsync(post).ConfigureAwait(false);
            var graphql = await graphqlResponse.Content.ReadAsStringAsync().ConfigureAwait(false);
            var plain = await client.GetStringAsync(scenario.PlainPath(id)).ConfigureAwait(false);
            if (!graphqlResponse.IsSuccessStatusCode || graphql.Contains("\"errors\"", StringComparison.Ordinal) || graphql != plain)
            {
                var at = Enumerable.Range(0, Math.Min(graphql.Length, plain.Length)).FirstOrDefault(i => graphql[i] != plain[i], Math.Min(graphql.Length, plain.Length));
                throw new InvalidOperationException(
                    $"{scenario.Key} for '{id}': GraphQL ({(int)graphqlResponse.StatusCode}) and plain differ at character {at}:\n" +
                    $"  GraphQL: …{Excerpt(graphql, at)}\n  plain:   …{Excerpt(plain, at)}");
            }
        }
    }

    private static string Excerpt(string text, int at) => text[Math.Max(0, at - 60)..Math.Min(text.Length, at + 60)];

    private static WrkFigures Median(List<WrkFigures> runs) => runs.OrderBy(r => r.RequestsPerSecond).ElementAt(runs.Count / 2);

    private static string Met(bool met) => met ? "met" : "NOT met";

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static void PrintSummary(List<(Scenario Scenario, WrkFigures Plain, WrkFigures GraphQL)> results)
    {
        Console.WriteLine("summary (median round of each; /cpu-s = requests per second of server CPU)");
        Console.WriteLine("scenario                                     GraphQL req/s  /cpu-s  p50 ms  p99 ms | plain req/s  /cpu-s  p50 ms  p99 ms | ratio  /cpu-s | target");
        foreach (var (scenario, plain, graphql) in results)
        {
            var ratio = graphql.RequestsPerSecond / plain.RequestsPerSecond;
            var targets = new List<string>();
            var cpuRatio = graphql.RequestsPerCpuSecond / plain.RequestsPerCpuSecond;
            if (scenario.TargetRps is { } rps)
            {
                targets.Add($">= {rps:N0} req/s: wall {Met(graphql.RequestsPerSecond >= rps)}, per CPU-second {Met(graphql.RequestsPerCpuSecond >= rps)}");
            }
            if (scenario.TargetRatio is { } minRatio) targets.Add($"ratio >= {minRatio:0.0}: wall {Met(ratio >= minRatio)}, per CPU-second {Met(cpuRatio >= minRatio)}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{scenario.Title,-44} {graphql.RequestsPerSecond,13:N0} {graphql.RequestsPerCpuSecond,7:N0} {graphql.P50Ms,7:0.00} {graphql.P99Ms,7:0.00} | {plain.RequestsPerSecond,11:N0} {plain.RequestsPerCpuSecond,7:N0} {plain.P50Ms,7:0.00} {plain.P99Ms,7:0.00} | {ratio,5:0.00} {cpuRatio,7:0.00} | {(targets.Count == 0 ? "reported" : string.Join("; ", targets))}"));
        }
        Console.WriteLine($"load average at the end: {LoadAverage()} (2 cores shared with other work; wrk itself takes one)");
    }
}
