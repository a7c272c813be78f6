using System.Diagnostics;
using Graph.Core.Model;
using Graph.Core.Ontology;
using Graph.Extraction.Input;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Text;
using Graph.Store.Sqlite;

namespace Graph.Bench.Api;

/// <summary>
/// The store the benchmark serves: the facts the shipped pipeline extracts from the 2,225 BBC articles, built once and
/// kept under <c>.build/</c> so a rerun starts in seconds.
/// </summary>
internal static class BenchDatabase
{
    private const int BatchSize = 50;

    /// <summary>
    /// Returns <paramref name="path"/>, building it first when absent. The database is written under a temporary
    /// name and renamed when complete, so an interrupted build never leaves a half-filled cache behind.
    /// </summary>
    public static async Task<string> EnsureAsync(string path, string corpusFolder, GraphOntology ontology)
    {
        if (File.Exists(path)) return path;
        var files = ArticleFiles(corpusFolder);
        Console.WriteLine($"building the benchmark store from {files.Count} articles in {corpusFolder} (once; cached at {path})");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var building = path + ".building";
        foreach (var stale in new[] { building, building + "-wal", building + "-shm" }) File.Delete(stale);

        var clock = Stopwatch.StartNew();
        var pipeline = DefaultPipeline.Create(ontology);
        var facts = new ArticleFacts[files.Count];
        Parallel.For(0, files.Count, i => facts[i] = pipeline.Extract(Read(files[i])).Facts);
        var extracted = clock.Elapsed;
        await using (var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = building }, ontology).ConfigureAwait(false))
        {
            foreach (var batch in facts.Chunk(BatchSize)) await store.PutArticlesAsync(batch).ConfigureAwait(false);
        }
        File.Move(building, path);
        Console.WriteLine($"  extracted in {extracted.TotalSeconds:0.0} s, written in {(clock.Elapsed - extracted).TotalSeconds:0.0} s");
        return path;
    }

    /// <summary>The corpus's <c>category/NNN.txt</c> files, sorted.</summary>
    private static List<string> ArticleFiles(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"no such corpus folder: {folder} (pass --data DIR)");
        var files = Directory.EnumerateDirectories(folder)
            .SelectMany(category => Directory.EnumerateFiles(category, "*.txt"))
            .Order(StringComparer.Ordinal)
            .ToList();
        return files.Count > 0 ? files : throw new FileNotFoundException($"no category/*.txt article files under {folder}");
    }

    /// <summary>
    /// Reads one article; its id is "category-NNN", because file names repeat across the category folders and the
    /// reader's default id (the file name) would make five articles of each number overwrite one another.
    /// </summary>
    private static Document Read(string file)
    {
        var category = Path.GetFileName(Path.GetDirectoryName(file)!);
        return ArticleReader.Read(File.ReadAllBytes(file), $"{category}-{Path.GetFileName(file)}");
    }
}
