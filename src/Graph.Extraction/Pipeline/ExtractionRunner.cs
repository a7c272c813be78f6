using Graph.Extraction.Evaluation;
using Graph.Extraction.Input;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// Runs a pipeline over article files, in parallel, and writes the GUIDELINES jsonl in the order of the
/// files given (so output does not depend on scheduling). What <c>graph extract DIR</c> and the seed
/// quality test run.
/// </summary>
public static class ExtractionRunner
{
    /// <summary>The article files of a folder (.txt, .html, .htm, .json, .md), sorted by name.</summary>
    public static IReadOnlyList<string> ArticleFiles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"no such folder: {folder}");
        }

        string[] extensions = [".txt", ".html", ".htm", ".json", ".md"];
        return [.. Directory.EnumerateFiles(folder)
            .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Reads and extracts every file; results in the order of <paramref name="files"/>.</summary>
    /// <exception cref="ArticleInputException">A file is not a readable article (the message names it).</exception>
    public static IReadOnlyList<ExtractionResult> ExtractFiles(ExtractionPipeline pipeline, IReadOnlyList<string> files, int maxParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(files);
        // Read first, in order: a bad file is reported as itself, not inside an AggregateException.
        var documents = files.Select(ArticleReader.ReadFile).ToList();
        var results = new ExtractionResult[documents.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxParallelism };
        Parallel.For(0, documents.Count, options, i => results[i] = pipeline.Extract(documents[i]));
        return results;
    }

    /// <summary>Writes each result's entity and relation lines (GUIDELINES jsonl, <c>article</c> = article id).</summary>
    public static void WriteJsonl(TextWriter writer, IEnumerable<ExtractionResult> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        foreach (var result in results)
        {
            GuidelinesJsonl.Write(writer, result.Facts);
        }
    }
}
