namespace Graph.TestSupport;

/// <summary>Where the repository and the shared data beside it are, found from the test assembly's folder.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository's top folder (the one holding Graph.sln).</summary>
    public static string Root => RootPath.Value;

    /// <summary>../shared beside the repository: articles, gold, treebanks, corpora. Read in place, never copied.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string InShared(params string[] parts) => Path.Combine([Shared, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Graph.sln above {AppContext.BaseDirectory}");
    }
}
