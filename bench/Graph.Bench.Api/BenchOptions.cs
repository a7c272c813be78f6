using System.Globalization;

namespace Graph.Bench.Api;

/// <summary>The benchmark's command line: <c>[--db PATH] [--data DIR] [--duration S] [--warmup S] [--rounds N] [--connections C] [--only SCENARIO]… [--profile N | --profile-only N] [--prepare-only]</c>.</summary>
internal sealed record BenchOptions
{
    public required string DatabasePath { get; init; }

    public required string CorpusFolder { get; init; }

    /// <summary>Seconds of each measured wrk run.</summary>
    public int Duration { get; init; } = 8;

    /// <summary>Seconds of the unmeasured run before each scenario's first measurement (JIT tiering, caches).</summary>
    public int Warmup { get; init; } = 10;

    /// <summary>Measured runs per endpoint; plain and GraphQL alternate, so load changes hit both alike.</summary>
    public int Rounds { get; init; } = 3;

    /// <summary>Open connections wrk keeps (one wrk thread: the server needs the other core).</summary>
    public int Connections { get; init; } = 32;

    /// <summary>Only these scenarios (entity, relations, neighborhood); all when empty.</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>When set, first measure this many requests of each kind in process, one at a time (CPU and allocations per request).</summary>
    public int Profile { get; init; }

    /// <summary>Only the in-process profile: no wrk runs.</summary>
    public bool ProfileOnly { get; init; }

    /// <summary>Only build the cached store, then stop.</summary>
    public bool PrepareOnly { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var root = RepositoryRoot();
        var options = new BenchOptions
        {
            DatabasePath = Path.Combine(root, ".build", "bench-api", "bbc.db"),
            CorpusFolder = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "bbc-news-fulltext")),
        };
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Number() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n : throw new ArgumentException($"{args[i - 1]} needs a positive whole number, not '{args[i]}'");
            options = args[i] switch
            {
                "--db" => options with { DatabasePath = Path.GetFullPath(Value()) },
                "--data" => options with { CorpusFolder = Path.GetFullPath(Value()) },
                "--duration" => options with { Duration = Number() },
                "--warmup" => options with { Warmup = Number() },
                "--rounds" => options with { Rounds = Number() },
                "--connections" => options with { Connections = Number() },
                "--prepare-only" => options with { PrepareOnly = true },
                "--profile" => options with { Profile = Number() },
                "--profile-only" => options with { Profile = Number(), ProfileOnly = true },
                "--only" => options with { Only = [.. options.Only, Value()] },
                var other => throw new ArgumentException($"unknown option '{other}' (known: --db --data --duration --warmup --rounds --connections --only --profile --profile-only --prepare-only)"),
            };
        }
        return options;
    }

    /// <summary>The folder holding Graph.sln, above the working directory or the program.</summary>
    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException($"cannot find the repository (Graph.sln) above {Environment.CurrentDirectory}");
    }
}
