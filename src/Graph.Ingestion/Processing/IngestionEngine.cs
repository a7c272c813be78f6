using System.Diagnostics;
using System.Threading.Channels;
using Graph.Core.Model;
using Graph.Ingestion.Configuration;
using Graph.Ingestion.Metrics;
using Graph.Ingestion.Queue;
using Graph.Store;
using Microsoft.Extensions.Logging;

namespace Graph.Ingestion.Processing;

/// <summary>
/// Drains the outbox: a claimer takes due items oldest first into a bounded channel; one extraction worker per core
/// turns each into facts; one writer gathers them, in claim order (<see cref="ClaimOrder{T}"/>), into batches for the
/// store and commits each item's outcome to the outbox only after the store has it. The bounded channels are the backpressure: when the store is paused or slow,
/// the claimer stops taking items instead of filling memory. Run it only while holding the queue's <see cref="WorkerLock"/>.
/// </summary>
public sealed class IngestionEngine(Outbox outbox, ItemProcessor processor, StoreWriter writer, IngestionOptions options, IngestionMetrics metrics, ILogger logger)
{
    private readonly SemaphoreSlim _wake = new(0);

    /// <summary>Raised (on the writer's task) for every item whose outcome has been committed.</summary>
    public event Action<ItemCompletion>? Completed;

    /// <summary>True while the engine has claimed items it has not finished.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    private int _inFlight;

    /// <summary>Tells the claimer new items are in the outbox (instead of waiting for its next poll).</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0) _wake.Release();
    }

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled; items claimed but not finished go back to pending.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var recovered = outbox.Recover();
        if (recovered > 0) logger.LogInformation("{Count} item(s) left processing by an earlier run are pending again", recovered);
        var toExtract = Channel.CreateBounded<Claimed>(new BoundedChannelOptions(options.ChannelCapacity) { SingleWriter = true });
        var toWrite = Channel.CreateBounded<Finished>(new BoundedChannelOptions(options.ChannelCapacity) { SingleReader = true });
        processor.EntriesQueued = Wake;
        // Slots for claimed items not yet written. Writing in claim order means one slow item (a fetch waiting for its
        // timeout) holds back everything claimed after it; the slots keep what piles up behind it, facts included, finite.
        using var unwritten = new SemaphoreSlim(InFlightBound(options));
        var claimer = Task.Run(() => ClaimAsync(toExtract.Writer, unwritten, cancellationToken), CancellationToken.None);
        var extractors = Enumerable.Range(0, options.EffectiveExtractionWorkers)
            .Select(_ => Task.Run(() => ExtractAsync(toExtract.Reader, toWrite.Writer, cancellationToken), CancellationToken.None))
            .ToArray();
        var writing = Task.Run(() => WriteAsync(toWrite.Reader, unwritten, cancellationToken), CancellationToken.None);
        try
        {
            await claimer.ConfigureAwait(false);
        }
        finally
        {
            toExtract.Writer.TryComplete();
            await Task.WhenAll(extractors).ConfigureAwait(false);
            toWrite.Writer.TryComplete();
            await writing.ConfigureAwait(false);
            // Whatever was claimed and not finished (the stop came first) is simply pending again.
            outbox.Recover();
        }
    }

    private async Task ClaimAsync(ChannelWriter<Claimed> channel, SemaphoreSlim unwritten, CancellationToken cancellationToken)
    {
        var order = 0L;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var items = outbox.Claim(Math.Max(1, Math.Min(options.ChannelCapacity, options.WriteBatchSize)));
                if (items.Count == 0)
                {
                    // Poll now and then for failed items whose retry time has come.
                    await _wake.WaitAsync(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                foreach (var item in items)
                {
                    await unwritten.WaitAsync(cancellationToken).ConfigureAwait(false);
                    Interlocked.Increment(ref _inFlight);
                    await channel.WriteAsync(new Claimed(order++, item), cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException)
            {
                logger.LogError(e, "Cannot read the ingestion queue; trying again shortly");
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task ExtractAsync(ChannelReader<Claimed> input, ChannelWriter<Finished> output, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var (order, item) in input.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var clock = Stopwatch.StartNew();
                var result = await processor.ProcessAsync(item, cancellationToken).ConfigureAwait(false);
                if (result is ProcessResult.Extracted) metrics.ExtractionSeconds.Observe(clock.Elapsed.TotalSeconds);
                await output.WriteAsync(new Finished(order, item, result), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task WriteAsync(ChannelReader<Finished> input, SemaphoreSlim unwritten, CancellationToken cancellationToken)
    {
        var inOrder = new ClaimOrder<(OutboxItem Item, ProcessResult Result)>();
        var batch = new List<(OutboxItem Item, ProcessResult Result)>();
        try
        {
            while (true)
            {
                while (input.TryRead(out var finished)) inOrder.Add(finished.Order, (finished.Item, finished.Result));
                batch.Clear();
                inOrder.TakeReady(batch, Math.Max(1, options.WriteBatchSize));
                if (batch.Count > 0)
                {
                    await CommitAsync(batch, cancellationToken).ConfigureAwait(false);
                    Interlocked.Add(ref _inFlight, -batch.Count);
                    unwritten.Release(batch.Count);
                    continue;
                }

                // Nothing is next in claim order yet: wait for more to finish (what waits is at most what is in flight).
                if (!await input.WaitToReadAsync(cancellationToken).ConfigureAwait(false)) break;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task CommitAsync(List<(OutboxItem Item, ProcessResult Result)> batch, CancellationToken cancellationToken)
    {
        var completions = new List<ItemCompletion>();
        var extracted = batch.Where(b => b.Result is ProcessResult.Extracted).ToList();
        if (extracted.Count > 0)
        {
            var clock = Stopwatch.StartNew();
            var facts = extracted.Select(e => ((ProcessResult.Extracted)e.Result).Facts).ToList();
            var puts = await PutIsolatingAsync(facts, cancellationToken).ConfigureAwait(false);
            metrics.WriteSeconds.Observe(clock.Elapsed.TotalSeconds);
            for (var i = 0; i < extracted.Count; i++)
            {
                var (item, _) = extracted[i];
                completions.Add(puts[i] switch
                {
                    { Put: { } put } => new ItemCompletion(item, put.Outcome.ToString().ToLowerInvariant(), ItemState.Done) { Facts = facts[i], Put = put },
                    { Refused: { } refused } => Fail(item, new ProcessResult.Failed(refused, Permanent: true)),
                    _ => throw new UnreachableException(),
                });
            }
        }

        foreach (var (item, result) in batch)
        {
            switch (result)
            {
                case ProcessResult.Retract retract:
                    var removed = await writer.RetractAsync(retract.ArticleId, cancellationToken).ConfigureAwait(false);
                    completions.Add(new ItemCompletion(item, removed ? "retracted" : "skipped", ItemState.Done) { Message = removed ? null : "nothing stored to retract" });
                    break;
                case ProcessResult.Skipped skipped:
                    completions.Add(new ItemCompletion(item, "skipped", ItemState.Done) { Message = skipped.Reason });
                    break;
                case ProcessResult.Failed failed:
                    completions.Add(Fail(item, failed));
                    break;
            }
        }

        var done = completions.Where(c => c.State == ItemState.Done).Select(c => c.Item.Id).ToList();
        var states = batch.Where(b => b.Result.StateAfter is not null && done.Contains(b.Item.Id)).Select(b => b.Result.StateAfter!).ToList();
        outbox.Complete(done, states);
        foreach (var completion in completions)
        {
            metrics.Item(completion.Outcome);
            if (completion.Put is { } put) metrics.Written(put.Entities, put.Statements);
            if (completion.State == ItemState.Dead) logger.LogWarning("Item {Id} ({Article}) is dead: {Error}", completion.Item.Id, completion.Item.ArticleId, completion.Message);
            Completed?.Invoke(completion);
        }
    }

    private static int InFlightBound(IngestionOptions options) =>
        2 * Math.Max(1, options.ChannelCapacity) + Math.Max(1, options.WriteBatchSize) + options.EffectiveExtractionWorkers;

    private ItemCompletion Fail(OutboxItem item, ProcessResult.Failed failed)
    {
        var state = outbox.Fail(item.Id, failed.Error, failed.Permanent, options.MaxAttempts, options.RetryBaseDelay);
        return new ItemCompletion(item, state == ItemState.Dead ? "dead" : "failed", state) { Message = failed.Error };
    }

    /// <summary>Writes the batch; when the store refuses one article's facts, writes the others one by one so only that one fails.</summary>
    private async Task<List<(PutResult? Put, string? Refused)>> PutIsolatingAsync(List<ArticleFacts> facts, CancellationToken cancellationToken)
    {
        try
        {
            return [.. (await writer.PutAsync(facts, cancellationToken).ConfigureAwait(false)).Select(p => ((PutResult?)p, (string?)null))];
        }
        catch (InvalidFactsException) when (facts.Count > 1)
        {
            var results = new List<(PutResult?, string?)>();
            foreach (var one in facts) results.AddRange(await PutIsolatingAsync([one], cancellationToken).ConfigureAwait(false));
            return results;
        }
        catch (InvalidFactsException e)
        {
            return [(null, $"{facts[0].Article.Id}: the store refused the facts: {string.Join("; ", e.Problems)}")];
        }
    }

    /// <summary>An item as claimed, with its place in claim order.</summary>
    private readonly record struct Claimed(long Order, OutboxItem Item);

    /// <summary>An item as extraction left it, with its place in claim order.</summary>
    private readonly record struct Finished(long Order, OutboxItem Item, ProcessResult Result);
}
