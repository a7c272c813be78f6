using System.Globalization;
using System.Security.Cryptography;
using Graph.Extraction.Input;
using Graph.Ingestion.Configuration;
using Graph.Ingestion.Queue;

namespace Graph.Ingestion.Sources;

/// <summary>What one scan of a folder found and queued.</summary>
public sealed record ScanReport(int Files, int Queued, int Unchanged, int Retracted, int Duplicates);

/// <summary>
/// Compares a folder with what its source last saw and queues the differences, in one outbox transaction: new and
/// changed files (a cheap size+time stamp first, the content hash when the stamp moved), and, when the source retracts
/// missing items, files that disappeared. The article id is the file name without its extension (as <c>graph ingest</c>
/// and <c>graph extract</c> name articles); two files with the same id are a clear dead letter, not a silent overwrite.
/// </summary>
public static class FolderScanner
{
    private static readonly string[] Extensions = [".txt", ".md", ".html", ".htm", ".json"];

    public static ScanReport Scan(SourceOptions source, Outbox outbox)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(outbox);
        var folder = Path.GetFullPath(source.Location);
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"source '{source.Name}': no such folder: {folder}");
        var files = Directory.EnumerateFiles(folder)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var known = outbox.SourceStates(source.Name);
        var items = new List<OutboxItem>();
        var states = new List<SourceItemState>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        int unchanged = 0, duplicates = 0;
        foreach (var path in files)
        {
            var key = Path.GetFileName(path);
            var articleId = ArticleReader.IdOf(path);
            if (ids.TryGetValue(articleId, out var first))
            {
                duplicates++;
                if (!known.ContainsKey(key))
                {
                    outbox.RecordDead(new OutboxItem { Source = source.Name, Kind = ItemKind.File, ArticleId = articleId, Location = path },
                        $"{path}: duplicate article id '{articleId}': file '{first}' already has it; rename one of them");
                    outbox.SaveState(new SourceItemState(source.Name, key, articleId, "duplicate", null));
                }

                continue;
            }

            ids[articleId] = key;
            var info = new FileInfo(path);
            FileStamp stamp;
            try
            {
                stamp = new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks);
            }
            catch (IOException)
            {
                continue; // vanished between listing and reading: the next scan sees it gone
            }

            known.TryGetValue(key, out var previous);
            if (previous?.Stamp == stamp.Text)
            {
                unchanged++;
                continue;
            }

            // The stamp moved: hash the content (unless it is too large to read, which the worker reports).
            var hash = info.Length <= 64L * 1024 * 1024 ? HashOf(path) : stamp.Text;
            if (hash is null) continue;
            if (previous?.Hash == hash)
            {
                unchanged++;
                states.Add(previous with { Stamp = stamp.Text });
                continue;
            }

            items.Add(new OutboxItem { Source = source.Name, Kind = ItemKind.File, ArticleId = articleId, Location = path, Metadata = new ItemMetadata(Source: source.Name) });
            states.Add(new SourceItemState(source.Name, key, articleId, stamp.Text, hash));
        }

        var present = files.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var gone = known.Values.Where(k => !present.Contains(k.Key)).ToList();
        if (source.RetractMissing)
        {
            // Only when no other file still carries that id (a.txt renamed a.md is a change, not a removal).
            items.AddRange(gone.Where(g => g.Stamp != "duplicate" && !ids.ContainsKey(g.ArticleId))
                .Select(g => new OutboxItem { Source = source.Name, Kind = ItemKind.Retract, ArticleId = g.ArticleId, Location = Path.Combine(folder, g.Key) }));
        }

        outbox.EnqueueAll(items, states, [.. gone.Select(g => (source.Name, g.Key))]);
        return new ScanReport(files.Count, items.Count(i => i.Kind != ItemKind.Retract), unchanged, items.Count(i => i.Kind == ItemKind.Retract), duplicates);
    }

    private static string? HashOf(string path)
    {
        try
        {
            return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private readonly record struct FileStamp(long Length, long Ticks)
    {
        public string Text => string.Create(CultureInfo.InvariantCulture, $"{Length}:{Ticks}");
    }
}
