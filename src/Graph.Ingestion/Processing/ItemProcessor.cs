using System.Globalization;
using System.Text;
using Graph.Core.Model;
using Graph.Extraction.Input;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Text;
using Graph.Ingestion.Configuration;
using Graph.Ingestion.Queue;
using Graph.Ingestion.Sources;

namespace Graph.Ingestion.Processing;

/// <summary>
/// Turns one outbox item into what is to be written: reads the file or fetches the page, decodes and parses it
/// (text, Markdown, HTML, JSON), and runs the extraction pipeline. A feed item is expanded into one item per entry.
/// Nothing is written to the store here; every failure comes back as a <see cref="ProcessResult.Failed"/>.
/// </summary>
public sealed class ItemProcessor(IngestionOptions options, Outbox outbox, HttpFetcher fetcher, Func<ExtractionPipeline> pipeline)
{
    private readonly Lazy<ExtractionPipeline> _pipeline = new(pipeline, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Called after a feed item queued its entries, so the worker looks for them at once.</summary>
    public Action? EntriesQueued { get; set; }

    /// <summary>Loads the models now (they otherwise load with the first article).</summary>
    public void Warm() => _ = _pipeline.Value;

    public async Task<ProcessResult> ProcessAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        try
        {
            return item.Kind switch
            {
                ItemKind.Retract => new ProcessResult.Retract(item.ArticleId),
                ItemKind.File => ReadFile(item),
                ItemKind.Content => Extract(item, item.Content ?? [], item.Location ?? item.ArticleId, item.ContentType),
                ItemKind.Url => await FetchPageAsync(item, cancellationToken).ConfigureAwait(false),
                ItemKind.Feed => await ExpandFeedAsync(item, cancellationToken).ConfigureAwait(false),
                _ => new ProcessResult.Failed($"unknown item kind {item.Kind}", Permanent: true),
            };
        }
        catch (ArticleInputException e)
        {
            return new ProcessResult.Failed(e.Message, Permanent: true);
        }
        catch (FeedFormatException e)
        {
            return new ProcessResult.Failed(e.Message, Permanent: true);
        }
        catch (FetchException e)
        {
            return new ProcessResult.Failed(e.Message, e.Permanent);
        }
        catch (IOException e)
        {
            return new ProcessResult.Failed($"{item.Location}: cannot be read: {e.Message}", Permanent: false);
        }
        catch (UnauthorizedAccessException e)
        {
            return new ProcessResult.Failed($"{item.Location}: cannot be read: {e.Message}", Permanent: false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // An extraction bug on one article must not stop the others; trying again would fail the same way.
            return new ProcessResult.Failed($"{item.ArticleId}: extraction failed: {e.GetType().Name}: {e.Message}", Permanent: true);
        }
    }

    private ProcessResult ReadFile(OutboxItem item)
    {
        var path = item.Location!;
        var file = new FileInfo(path);
        if (!file.Exists) return new ProcessResult.Skipped("the file is gone (its removal is handled by the folder scan)");
        if (file.Length > options.MaxArticleBytes)
        {
            return new ProcessResult.Failed(
                string.Create(CultureInfo.InvariantCulture, $"{path}: {file.Length:N0} bytes, larger than the {options.MaxArticleBytes:N0}-byte limit (Ingestion:MaxArticleBytes)"),
                Permanent: true);
        }

        return Extract(item, File.ReadAllBytes(path), path, null);
    }

    private async Task<ProcessResult> FetchPageAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var uri = new Uri(item.Location!);
        var known = outbox.SourceStates(item.Source).GetValueOrDefault(item.Location!);
        FetchResult fetched;
        try
        {
            fetched = await fetcher.FetchAsync(uri, known?.ETag, known?.LastModified, cancellationToken).ConfigureAwait(false);
        }
        catch (FetchException e) when (e.Status is 404 or 410 && options.Sources.FirstOrDefault(s => s.Name == item.Source) is { RetractMissing: true })
        {
            return new ProcessResult.Retract(item.ArticleId);
        }

        if (fetched.NotModified) return new ProcessResult.Skipped("not modified (HTTP 304)");
        var result = Extract(item, fetched.Body!, FileNameOf(fetched.FinalUri), fetched.ContentType);
        return result with { StateAfter = new SourceItemState(item.Source, item.Location!, item.ArticleId, null, null, fetched.ETag, fetched.LastModified) };
    }

    private async Task<ProcessResult> ExpandFeedAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var known = outbox.SourceStates(item.Source);
        var feedState = known.GetValueOrDefault(item.Location!);
        var fetched = await fetcher.FetchAsync(new Uri(item.Location!), feedState?.ETag, feedState?.LastModified, cancellationToken).ConfigureAwait(false);
        if (fetched.NotModified) return new ProcessResult.Skipped("feed not modified (HTTP 304)");
        var entries = FeedParser.Parse(fetched.Body!, item.Location!, options.MaxArticleBytes);
        var plan = FeedPlan.Of(item, entries, known, options);
        outbox.EnqueueAll(plan.Items, plan.States);
        if (plan.Items.Count > 0) EntriesQueued?.Invoke();
        var message = string.Create(CultureInfo.InvariantCulture, $"feed read: {entries.Count} entries, {plan.Items.Count} queued, {plan.Unchanged} unchanged");
        if (plan.Duplicates > 0) message += string.Create(CultureInfo.InvariantCulture, $", {plan.Duplicates} duplicate ids skipped");
        if (plan.OverCap > 0) message += string.Create(CultureInfo.InvariantCulture, $", {plan.OverCap} skipped over the {options.MaxFeedItems}-entry limit (Ingestion:MaxFeedItems)");
        return new ProcessResult.Skipped(message)
        {
            StateAfter = new SourceItemState(item.Source, item.Location!, item.Location!, null, null, fetched.ETag, fetched.LastModified),
        };
    }

    private ProcessResult.Extracted Extract(OutboxItem item, byte[] bytes, string name, string? contentType)
    {
        var read = ArticleReader.Read(bytes, name, contentType);
        var meta = item.Metadata;
        var article = read.Article with
        {
            Id = item.ArticleId,
            Url = meta.Url ?? read.Article.Url ?? (item.Kind == ItemKind.Url ? item.Location : null),
            Title = read.Article.Title ?? meta.Title,
            Source = meta.Source ?? read.Article.Source,
            PublishedAt = read.Article.PublishedAt ?? meta.PublishedAt,
        };
        return new ProcessResult.Extracted(_pipeline.Value.Extract(new Document(article, read.Text)).Facts);
    }

    // A name for the reader's format detection and error messages: the URL's last segment (a.html), or the host.
    private static string FileNameOf(Uri uri)
    {
        var last = uri.Segments.LastOrDefault()?.Trim('/');
        return string.IsNullOrEmpty(last) ? uri.Host : Uri.UnescapeDataString(last);
    }
}

/// <summary>Which entries of a feed to queue: new or changed ones, each once, up to the configured cap.</summary>
internal sealed record FeedPlan(IReadOnlyList<OutboxItem> Items, IReadOnlyList<SourceItemState> States, int Unchanged, int Duplicates, int OverCap)
{
    public static FeedPlan Of(OutboxItem feed, IReadOnlyList<FeedEntry> entries, IReadOnlyDictionary<string, SourceItemState> known, IngestionOptions options)
    {
        var items = new List<OutboxItem>();
        var states = new List<SourceItemState>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int unchanged = 0, duplicates = 0, overCap = 0;
        foreach (var entry in entries)
        {
            if (!seen.Add(entry.Key))
            {
                duplicates++;
                continue;
            }

            if (seen.Count > options.MaxFeedItems)
            {
                overCap++;
                continue;
            }

            var fullText = entry.Html is { } html && PlainLength(html) >= options.FullTextMinChars;
            var hash = ContentHash.Of((fullText ? entry.Html : entry.Link) ?? entry.Key);
            if (known.TryGetValue(entry.Key, out var state) && state.Hash == hash)
            {
                unchanged++;
                continue;
            }

            var articleId = entry.Link ?? entry.Key;
            var metadata = new Queue.ItemMetadata(entry.Title, entry.Link, feed.Source, entry.PublishedAt);
            if (fullText)
            {
                items.Add(new OutboxItem
                {
                    Source = feed.Source, Kind = ItemKind.Content, ArticleId = articleId, Location = articleId,
                    Content = Encoding.UTF8.GetBytes(entry.Html!), ContentType = "text/html", Metadata = metadata,
                });
            }
            else if (entry.Link is not null && Uri.TryCreate(entry.Link, UriKind.Absolute, out var link) && link.Scheme is "http" or "https")
            {
                items.Add(new OutboxItem { Source = feed.Source, Kind = ItemKind.Url, ArticleId = articleId, Location = entry.Link, Metadata = metadata });
            }
            else
            {
                // Neither full text nor a link to fetch: nothing to read.
                unchanged++;
                continue;
            }

            states.Add(new SourceItemState(feed.Source, entry.Key, articleId, null, hash));
        }

        return new FeedPlan(items, states, unchanged, duplicates, overCap);
    }

    private static int PlainLength(string html)
    {
        var length = 0;
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<') inTag = true;
            else if (c == '>') inTag = false;
            else if (!inTag) length++;
        }

        return length;
    }
}
