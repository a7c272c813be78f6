using Graph.TestSupport;

namespace Graph.Extraction.Tests.Evaluation;

/// <summary>A fact that needs python3 and the reference score.py; skipped (with the reason) where either is missing.</summary>
public sealed class PythonScorerFactAttribute : FactAttribute
{
    public PythonScorerFactAttribute()
    {
        if (!File.Exists(ReferenceScorer.ScriptPath))
        {
            Skip = $"reference scorer not found at {ReferenceScorer.ScriptPath}";
        }
        else if (ReferenceScorer.Python is null)
        {
            Skip = "python3 is not on PATH";
        }
    }
}

/// <summary>Runs extraction/score.py, the reference the C# scorer must agree with.</summary>
internal static class ReferenceScorer
{
    public static string ScriptPath => RepoPaths.InShared("extraction", "score.py");

    public static string? Python { get; } = FindPython();

    public static string Run(params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(Python!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ScriptPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, $"score.py failed: {error}");
        return output;
    }

    private static string? FindPython()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "python3"))
            .FirstOrDefault(File.Exists);
    }
}
