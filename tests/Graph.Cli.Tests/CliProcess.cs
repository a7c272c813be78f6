using System.Diagnostics;

namespace Graph.Cli.Tests;

/// <summary>Runs the real `graph` program (the built graph.dll beside the tests) in its own process, in a temp folder.</summary>
internal sealed class CliProcess : IDisposable
{
    public CliProcess()
    {
        Folder = Directory.CreateTempSubdirectory("graph-cli-").FullName;
    }

    public string Folder { get; }

    public string Database => Path.Combine(Folder, "graph.db");

    public string File(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public (int ExitCode, string Out, string Error) Run(params string[] args) => RunWith(new Dictionary<string, string?>(), args);

    /// <summary>Runs with environment variables set (a null value removes the variable from the child's environment).</summary>
    public (int ExitCode, string Out, string Error) RunWith(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Folder,
        };
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "graph.dll"));
        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(Database);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"graph {string.Join(' ', args)} did not finish");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
