using Graph.TestSupport;

namespace Graph.Ingestion.Tests.Support;

/// <summary>Real news text for the reliability tests: BBC articles from ../shared/data (used in place, never committed), shortened.</summary>
internal static class Corpus
{
    /// <summary>Writes <paramref name="count"/> articles (title line, then the first paragraphs up to about <paramref name="maxChars"/>) into <paramref name="folder"/>.</summary>
    public static void WriteBbc(string folder, int count, int maxChars = 900)
    {
        var root = RepoPaths.InShared("data", "bbc-news-fulltext");
        var files = Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Equals("README.TXT", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Take(count)
            .ToList();
        if (files.Count < count) throw new InvalidOperationException($"only {files.Count} BBC articles under {root}");
        for (var i = 0; i < files.Count; i++)
        {
            var lines = File.ReadAllLines(files[i]).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var body = new List<string>();
            var length = 0;
            foreach (var paragraph in lines.Skip(1))
            {
                if (length > 0 && length + paragraph.Length > maxChars) break;
                body.Add(paragraph);
                length += paragraph.Length;
            }

            var category = Path.GetFileName(Path.GetDirectoryName(files[i]));
            File.WriteAllText(Path.Combine(folder, $"bbc-{category}-{i:D3}.txt"), $"title: {lines[0]}\n\n{string.Join("\n\n", body)}\n");
        }
    }
}
