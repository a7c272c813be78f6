using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Graph.Bench.Api;

/// <summary>What one wrk run measured (its own figures, from requests.lua's done()).</summary>
/// <param name="ServerCpuSeconds">CPU time this process (the server; the driver only waits meanwhile) used during the run.</param>
internal sealed record WrkFigures(long Requests, double Seconds, long Non2xx, long SocketErrors, double P50Ms, double P90Ms, double P99Ms)
{
    public double ServerCpuSeconds { get; init; }

    /// <summary>Bytes the server process allocated during the run (the driver allocates next to nothing meanwhile).</summary>
    public long ServerAllocatedBytes { get; init; }

    /// <summary>Garbage collections (any generation) during the run.</summary>
    public int ServerCollections { get; init; }

    /// <summary>Allocated bytes per request: unlike time, the same whatever else the machine runs.</summary>
    public double BytesPerRequest => ServerAllocatedBytes / (double)Math.Max(1, Requests);

    public double RequestsPerSecond => Requests / Seconds;

    /// <summary>Requests per second of server CPU: what one dedicated core would serve, whatever else the machine runs.</summary>
    public double RequestsPerCpuSecond => Requests / ServerCpuSeconds;
}

/// <summary>Runs wrk on loopback with one thread (the server gets the other core) and requests.lua.</summary>
internal static class Wrk
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "requests.lua");

    /// <summary>Fails with what to do when wrk is not installed.</summary>
    public static void EnsureInstalled()
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo("wrk", "--version") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            probe.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("wrk is not installed: run bench/Graph.Bench.Api/run, which installs it (apt-get install wrk)");
        }
    }

    /// <param name="baseUrl">The server, e.g. http://127.0.0.1:41234.</param>
    /// <param name="requestFile">One request a line, as requests.lua reads them.</param>
    public static async Task<WrkFigures> RunAsync(string baseUrl, string requestFile, int connections, int seconds)
    {
        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
                 {
                     "-t1", $"-c{connections}", $"-d{seconds}s", "--timeout", "10s", "-s", Script, baseUrl, "--", requestFile,
                 })
        {
            start.ArgumentList.Add(argument);
        }
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        var collectionsBefore = GC.CollectionCount(0);
        using var wrk = Process.Start(start)!;
        var output = wrk.StandardOutput.ReadToEndAsync();
        var errors = wrk.StandardError.ReadToEndAsync();
        await wrk.WaitForExitAsync().ConfigureAwait(false);
        var serverCpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore;
        var collections = GC.CollectionCount(0) - collectionsBefore;
        var text = await output.ConfigureAwait(false);
        var line = text.Split('\n').LastOrDefault(l => l.StartsWith("{\"requests\"", StringComparison.Ordinal));
        if (wrk.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"wrk failed (exit {wrk.ExitCode}): {text}{await errors.ConfigureAwait(false)}");
        }
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        double Ms(string name) => root.GetProperty(name).GetDouble() / 1000;
        return new WrkFigures(
            root.GetProperty("requests").GetInt64(),
            root.GetProperty("duration_us").GetDouble() / 1_000_000,
            root.GetProperty("non_2xx").GetInt64(),
            root.GetProperty("socket_errors").GetInt64(),
            Ms("p50_us"), Ms("p90_us"), Ms("p99_us")) { ServerCpuSeconds = serverCpu, ServerAllocatedBytes = allocated, ServerCollections = collections };
    }

    public static string Describe(WrkFigures f) => string.Create(CultureInfo.InvariantCulture,
        $"{f.RequestsPerSecond,9:N0} req/s ({f.RequestsPerCpuSecond,7:N0} per server CPU-second)  p50 {f.P50Ms,6:0.00} ms  p99 {f.P99Ms,6:0.00} ms  {f.BytesPerRequest / 1024,6:0.0} KB/req  {f.ServerCollections,4} GCs{(f.Non2xx + f.SocketErrors > 0 ? $"  ({f.Non2xx} non-2xx, {f.SocketErrors} socket errors)" : "")}");
}
