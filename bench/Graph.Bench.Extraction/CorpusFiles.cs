namespace Graph.Bench.Extraction;

/// <summary>One article file held in memory: its path (for the reader's format detection and errors) and its bytes.</summary>
internal sealed record ArticleBytes(string Path, byte[] Bytes);

/// <summary>Finds the BBC corpus and loads its files into memory, so extraction timings exclude the disk.</summary>
internal static class CorpusFiles
{
    private const string CorpusFolder = "bbc-news-fulltext";

    /// <summary>
    /// The corpus folder: <c>../shared/data/bbc-news-fulltext</c> next to the repository, found by walking up from
    /// the working directory and from the program's folder to the one holding Graph.sln.
    /// </summary>
    public static string DefaultFolder()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", CorpusFolder));
                }
            }
        }

        throw new DirectoryNotFoundException($"cannot find the repository (Graph.sln) above {Environment.CurrentDirectory}; pass --data DIR");
    }

    /// <summary>The <c>*/*.txt</c> files of <paramref name="folder"/> (category folders), sorted, at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<string> ArticlePaths(string folder, int limit)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"no such corpus folder: {folder}");
        }

        var paths = Directory.EnumerateDirectories(folder)
            .SelectMany(category => Directory.EnumerateFiles(category, "*.txt"))
            .Order(StringComparer.Ordinal)
            .Take(limit)
            .ToList();
        return paths.Count > 0 ? paths : throw new FileNotFoundException($"no */*.txt article files under {folder}");
    }

    public static IReadOnlyList<ArticleBytes> Load(IReadOnlyList<string> paths) =>
        [.. paths.Select(p => new ArticleBytes(p, File.ReadAllBytes(p)))];
}
