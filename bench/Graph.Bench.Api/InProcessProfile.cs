using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Graph.GraphQL.Execution;
using Graph.Store;

namespace Graph.Bench.Api;

/// <summary>
/// The cost of one request without HTTP, one request at a time on one thread (<c>--profile N</c>): the store calls
/// the plain endpoint makes, the plain endpoint's whole work (store calls + JSON), and GraphQL's (request JSON read,
/// engine, response JSON). CPU time and bytes allocated per request move far less with the machine's load than
/// requests per second, so they judge a change to the engine or the store on a shared machine.
/// </summary>
internal static class InProcessProfile
{
    public static async Task RunAsync(IReadOnlyList<Scenario> scenarios, GraphQLEngine engine, IGraphStore store, int requests)
    {
        Console.WriteLine($"in-process profile: {requests:N0} requests per kind after a warm-up of as many, one at a time (no HTTP); µs per request: the cheapest of five slices");
        Console.WriteLine("scenario      kind            µs CPU/req   µs wall/req   KB/req   GCs");
        var output = new ArrayBufferWriter<byte>(1 << 16);
        using var writer = new Utf8JsonWriter(output, ResultJsonWriter.WriterOptions);
        foreach (var scenario in scenarios)
        {
            var bodies = scenario.EntityIds.Select(id => JsonSerializer.SerializeToUtf8Bytes(new { query = scenario.Query, variables = new { id } })).ToList();
            async Task StoreOnly(int i) => await PlainEndpoints.BodyAsync(scenario.Key, store, scenario.EntityIds[i % scenario.EntityIds.Count], default).ConfigureAwait(false);
            async Task Plain(int i)
            {
                var body = await PlainEndpoints.BodyAsync(scenario.Key, store, scenario.EntityIds[i % scenario.EntityIds.Count], default).ConfigureAwait(false);
                output.ResetWrittenCount();
                writer.Reset(output);
                JsonSerializer.Serialize(writer, body, PlainEndpoints.Json);
            }
            async Task GraphQL(int i)
            {
                var request = Read(bodies[i % bodies.Count]);
                var result = await engine.ExecuteAsync(request).ConfigureAwait(false);
                if (result.Errors.Count > 0) throw new InvalidOperationException($"{scenario.Key}: {result.Errors[0].Message}");
                output.ResetWrittenCount();
                writer.Reset(output);
                ResultJsonWriter.Write(writer, result);
                writer.Flush();
            }
            await MeasureAsync(scenario.Key, "store calls", requests, StoreOnly).ConfigureAwait(false);
            await MeasureAsync(scenario.Key, "plain", requests, Plain).ConfigureAwait(false);
            await MeasureAsync(scenario.Key, "GraphQL", requests, GraphQL).ConfigureAwait(false);
        }
        Console.WriteLine();
    }

    /// <summary>What the HTTP endpoint does with a POST body: the parameters out of the JSON, variables as plain values.</summary>
    private static GraphQLRequest Read(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        return new GraphQLRequest { Query = root.GetProperty("query").GetString()!, Variables = JsonInput.ToDictionary(root.GetProperty("variables")) };
    }

    /// <summary>
    /// Runs a warm-up of <paramref name="requests"/>, then five slices of a fifth each, and prints the cheapest slice's
    /// CPU and wall time per request: other work on the machine only ever adds time, so the minimum is the closest to
    /// the code's own cost. Allocations are counted over all slices (they do not depend on the load).
    /// </summary>
    private static async Task MeasureAsync(string scenario, string kind, int requests, Func<int, Task> run)
    {
        const int Slices = 5;
        for (var i = 0; i < requests; i++) await run(i).ConfigureAwait(false);
        var perSlice = Math.Max(1, requests / Slices);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = GC.CollectionCount(0);
        double bestCpu = double.MaxValue, bestWall = double.MaxValue;
        for (var slice = 0; slice < Slices; slice++)
        {
            var cpu = Environment.CpuUsage.TotalTime;
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < perSlice; i++) await run(slice * perSlice + i).ConfigureAwait(false);
            bestWall = Math.Min(bestWall, clock.Elapsed.TotalMicroseconds / perSlice);
            bestCpu = Math.Min(bestCpu, (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / perSlice);
        }
        var bytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)(perSlice * Slices);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{scenario,-13} {kind,-14} {bestCpu,11:0.0} {bestWall,13:0.0} {bytes / 1024,8:0.00} {GC.CollectionCount(0) - collections,5}"));
    }
}
