using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Graph.Cli.Hosting;
using Graph.Extraction.Input;
using Graph.Extraction.Pipeline;
using Graph.Ingestion;
using Graph.Ingestion.Configuration;
using Graph.Ingestion.Processing;
using Graph.Ingestion.Queue;
using Graph.Ingestion.Sources;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph ingest PATH|URL [--feed]</c>: queues a file, a folder, a web page or a feed in the ingestion queue beside the
/// store and works the queue until it is idle — the same outbox, engine and store writes as <c>graph serve</c> — with
/// progress bars and a summary. Unchanged articles change nothing; a changed one replaces exactly its own facts; an
/// article that cannot be read goes to the dead-letter list (<c>graph deadletters</c>) with its error. When a server is
/// already working the queue, the items are only queued, for it to ingest.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "An article file (.txt, .md, .html, .json), a folder of them, a web page's URL, or a feed's URL" };
        var feed = new Option<bool>("--feed") { Description = "The URL is an RSS or Atom feed: ingest its entries" };
        var command = new Command("ingest", "Ingest articles from a file, folder, URL or feed through the ingestion queue") { path, feed };
        command.SetAction(async (context, cancellationToken) =>
        {
            var target = context.Parse.GetValue(path)!;
            var options = new IngestionOptions();
            await using var store = await context.OpenStoreAsync(cancellationToken).ConfigureAwait(false);
            using var service = new IngestionService(options, StoreFactory.QueuePath(context.DatabasePath, null), store,
                () => DefaultPipeline.Create(context.Ontology), NullLoggerFactory.Instance);
            var queued = Enqueue(service.Outbox, target, context.Parse.GetValue(feed));
            if (WorkerLock.TryAcquire(service.Outbox.Path) is not { } probe)
            {
                Console.WriteLine($"queued {queued} item(s) in {service.Outbox.Path}; the process working that queue (graph serve) ingests them");
                return 0;
            }

            probe.Dispose();
            var tally = new Tally();
            service.Completed += tally.Add;
            var clock = Stopwatch.StartNew();
            var drain = service.DrainAsync(cancellationToken);
            if (!Console.IsOutputRedirected) await ShowProgressAsync(drain, tally, queued, clock).ConfigureAwait(false);
            await drain.ConfigureAwait(false);
            Console.WriteLine(tally.Summary(clock.Elapsed, StoreFactory.Describe(context.DatabasePath)));
            foreach (var error in tally.Errors) await Console.Error.WriteLineAsync($"graph: {error}").ConfigureAwait(false);
            return tally.Errors.Count > 0 && tally.Written == 0 ? 1 : 0;
        });
        return command;
    }

    /// <summary>Queues what <paramref name="target"/> names; returns how many items.</summary>
    private static int Enqueue(Outbox outbox, string target, bool isFeed)
    {
        if (Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            outbox.Enqueue(new OutboxItem
            {
                Source = "cli", Kind = isFeed ? ItemKind.Feed : ItemKind.Url, ArticleId = target, Location = target,
                Metadata = new ItemMetadata(Url: target),
            });
            return 1;
        }

        if (isFeed) throw new UserError($"--feed needs an http or https URL, not '{target}'");
        if (Directory.Exists(target))
        {
            // A source of its own per folder, so its unchanged files are skipped cheaply next time.
            var full = Path.GetFullPath(target);
            var name = "cli-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..12];
            var report = FolderScanner.Scan(new SourceOptions { Name = name, Kind = SourceKind.Folder, Location = full }, outbox);
            return report.Queued + report.Retracted;
        }

        if (!File.Exists(target)) throw new FileNotFoundException($"no such file, folder or URL: {target}");
        outbox.Enqueue(new OutboxItem { Source = "cli", Kind = ItemKind.File, ArticleId = ArticleReader.IdOf(target), Location = Path.GetFullPath(target) });
        return 1;
    }

    private static Task ShowProgressAsync(Task drain, Tally tally, int queued, Stopwatch clock) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var items = progress.AddTask("items", maxValue: Math.Max(1, queued));
                var facts = progress.AddTask("facts", maxValue: 1);
                var errors = progress.AddTask("errors", maxValue: 1);
                while (!drain.IsCompleted)
                {
                    Update();
                    await Task.WhenAny(drain, Task.Delay(200)).ConfigureAwait(false);
                }

                Update();
                void Update()
                {
                    var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                    items.MaxValue = Math.Max(Math.Max(1, queued), tally.Finished);
                    items.Value = tally.Finished;
                    items.Description = string.Create(CultureInfo.InvariantCulture, $"items {tally.Finished}/{items.MaxValue} ({tally.Finished / seconds:0.0}/s)");
                    facts.MaxValue = Math.Max(1, tally.Statements);
                    facts.Value = tally.Statements;
                    facts.Description = string.Create(CultureInfo.InvariantCulture, $"facts {tally.Statements} ({tally.Statements / seconds:0.0}/s)");
                    errors.MaxValue = Math.Max(1, tally.Finished);
                    errors.Value = tally.Errors.Count;
                    errors.Description = string.Create(CultureInfo.InvariantCulture, $"errors {tally.Errors.Count}");
                }
            });

    /// <summary>What one run of <c>graph ingest</c> did, counted as items complete.</summary>
    private sealed class Tally
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<string, int> _outcomes = new(StringComparer.Ordinal);
        private readonly List<string> _errors = [];

        public int Finished { get; private set; }

        public int Statements { get; private set; }

        public int Written => Count("added") + Count("replaced") + Count("unchanged");

        public IReadOnlyList<string> Errors
        {
            get
            {
                lock (_gate) return [.. _errors];
            }
        }

        public void Add(ItemCompletion completion)
        {
            lock (_gate)
            {
                Finished++;
                _outcomes[completion.Outcome] = _outcomes.GetValueOrDefault(completion.Outcome) + 1;
                Statements += completion.Facts?.Statements.Count ?? 0;
                if (completion.Outcome is "dead" or "failed") _errors.Add($"{completion.Outcome} (item {completion.Item.Id}): {completion.Message}");
            }
        }

        public string Summary(TimeSpan elapsed, string store)
        {
            lock (_gate)
            {
                var articles = Written;
                return string.Create(CultureInfo.InvariantCulture,
                    $"ingested {articles} article(s): {Count("added")} added, {Count("replaced")} replaced, {Count("unchanged")} unchanged, {Count("retracted")} retracted; "
                    + $"{Count("skipped")} skipped, {Count("failed")} failed (to retry), {Count("dead")} dead; {Statements} statement(s) extracted; "
                    + $"{elapsed.TotalSeconds:0.0} s, {articles / Math.Max(elapsed.TotalSeconds, 0.001):0.0} articles/s ({store})");
            }
        }

        private int Count(string outcome)
        {
            lock (_gate) return _outcomes.GetValueOrDefault(outcome);
        }
    }
}
