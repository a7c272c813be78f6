using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Graph.Ingestion.Queue;

namespace Graph.Ingestion.Metrics;

/// <summary>
/// The service's counters and histograms, rendered in the Prometheus text format (version 0.0.4) for <c>/metrics</c>:
/// items by outcome, facts written, extraction and store-write latency, fetches, and (read from the outbox at scrape
/// time) the queue by state.
/// </summary>
public sealed class IngestionMetrics
{
    private static readonly double[] LatencyBounds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
    private readonly ConcurrentDictionary<string, long> _items = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _fetches = new(StringComparer.Ordinal);
    private long _statements;
    private long _entities;
    private long _storePauses;

    public Histogram ExtractionSeconds { get; } = new("graph_ingestion_extraction_seconds", "Time to read and extract one article.", LatencyBounds);

    public Histogram WriteSeconds { get; } = new("graph_ingestion_store_write_seconds", "Time to write one batch of articles to the store.", LatencyBounds);

    public long Statements => Interlocked.Read(ref _statements);

    /// <summary>Counts one finished item by its outcome (added, replaced, unchanged, retracted, skipped, failed, dead).</summary>
    public void Item(string outcome) => _items.AddOrUpdate(outcome, 1, (_, n) => n + 1);

    public long ItemCount(string outcome) => _items.GetValueOrDefault(outcome);

    public void Written(int entities, int statements)
    {
        Interlocked.Add(ref _entities, entities);
        Interlocked.Add(ref _statements, statements);
    }

    /// <summary>Counts one HTTP fetch by result (ok, not_modified, error).</summary>
    public void Fetch(string result) => _fetches.AddOrUpdate(result, 1, (_, n) => n + 1);

    public void StorePaused() => Interlocked.Increment(ref _storePauses);

    /// <summary>The Prometheus text exposition; <paramref name="queue"/> gives the outbox counts at scrape time.</summary>
    public string Render(QueueCounts? queue)
    {
        var text = new StringBuilder();
        Family(text, "graph_ingestion_items_total", "counter", "Items finished, by outcome.");
        foreach (var (outcome, n) in _items.OrderBy(p => p.Key, StringComparer.Ordinal)) Line(text, "graph_ingestion_items_total", $"outcome=\"{outcome}\"", n);
        Family(text, "graph_ingestion_statements_written_total", "counter", "Statements (facts) written to the store.");
        Line(text, "graph_ingestion_statements_written_total", null, Statements);
        Family(text, "graph_ingestion_entities_written_total", "counter", "Article entities written to the store.");
        Line(text, "graph_ingestion_entities_written_total", null, Interlocked.Read(ref _entities));
        Family(text, "graph_ingestion_fetches_total", "counter", "HTTP fetches, by result.");
        foreach (var (result, n) in _fetches.OrderBy(p => p.Key, StringComparer.Ordinal)) Line(text, "graph_ingestion_fetches_total", $"result=\"{result}\"", n);
        Family(text, "graph_ingestion_store_pauses_total", "counter", "Times ingestion paused because the store was unavailable.");
        Line(text, "graph_ingestion_store_pauses_total", null, Interlocked.Read(ref _storePauses));
        if (queue is not null)
        {
            Family(text, "graph_ingestion_queue_items", "gauge", "Items in the durable queue, by state.");
            foreach (var (state, n) in new[] { ("pending", queue.Pending), ("processing", queue.Processing), ("failed", queue.Failed), ("dead", queue.Dead), ("done", queue.Done) })
            {
                Line(text, "graph_ingestion_queue_items", $"state=\"{state}\"", n);
            }

            Family(text, "graph_ingestion_queue_depth", "gauge", "Items still to do (pending, processing, failed awaiting retry).");
            Line(text, "graph_ingestion_queue_depth", null, queue.Depth);
        }

        RenderHistogram(text, ExtractionSeconds);
        RenderHistogram(text, WriteSeconds);
        return text.ToString();
    }

    private static void RenderHistogram(StringBuilder text, Histogram histogram)
    {
        Family(text, histogram.Name, "histogram", histogram.Help);
        var (cumulative, sum, count) = histogram.Read();
        for (var i = 0; i < histogram.Bounds.Count; i++)
        {
            Line(text, histogram.Name + "_bucket", $"le=\"{histogram.Bounds[i].ToString(CultureInfo.InvariantCulture)}\"", cumulative[i]);
        }

        Line(text, histogram.Name + "_bucket", "le=\"+Inf\"", cumulative[^1]);
        text.Append(CultureInfo.InvariantCulture, $"{histogram.Name}_sum {sum.ToString("R", CultureInfo.InvariantCulture)}\n");
        Line(text, histogram.Name + "_count", null, count);
    }

    private static void Family(StringBuilder text, string name, string type, string help) =>
        text.Append(CultureInfo.InvariantCulture, $"# HELP {name} {help}\n# TYPE {name} {type}\n");

    private static void Line(StringBuilder text, string name, string? labels, long value) =>
        text.Append(CultureInfo.InvariantCulture, $"{name}{(labels is null ? "" : "{" + labels + "}")} {value}\n");
}
