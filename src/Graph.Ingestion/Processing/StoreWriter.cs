using Graph.Core.Model;
using Graph.Ingestion.Configuration;
using Graph.Ingestion.Metrics;
using Graph.Ingestion.Resilience;
using Graph.Store;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;

namespace Graph.Ingestion.Processing;

/// <summary>
/// Writes to the store through a Polly pipeline (a timeout per attempt, retries with backoff and jitter, a circuit
/// breaker). When the store stays unavailable, <see cref="PutAsync"/> does not fail the articles: it pauses, reports
/// <see cref="Paused"/>, and tries again after the break until the store answers, so ingestion resumes by itself and
/// the bounded channels hold everything upstream back meanwhile.
/// </summary>
public sealed class StoreWriter
{
    private readonly IGraphStore _store;
    private readonly IngestionOptions _options;
    private readonly IngestionMetrics _metrics;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _pipeline;
    private volatile string? _pauseReason;

    public StoreWriter(IGraphStore store, IngestionOptions options, IngestionMetrics metrics, ILogger logger)
    {
        _store = store;
        _options = options;
        _metrics = metrics;
        _logger = logger;
        // Anything but refused facts (bad data, not a bad store) or a stop counts as the store failing: a read-only or
        // locked file, a server answering 503, a timeout. Ingestion waits for it rather than losing or killing work.
        var transient = new PredicateBuilder().Handle<Exception>(IsStoreFailure);
        _pipeline = new FaultPolicy(
            Retries: 3, FirstDelay: TimeSpan.FromMilliseconds(200),
            MinimumCalls: 2, SamplingWindow: TimeSpan.FromSeconds(30), BreakFor: options.StoreBreakDuration,
            AttemptTimeout: options.StoreTimeout).Build(transient);
    }

    /// <summary>Why ingestion is paused (the store is unavailable), or null while it writes.</summary>
    public string? Paused => _pauseReason;

    /// <summary>Writes the batch, waiting out any store outage.</summary>
    /// <exception cref="InvalidFactsException">The store refused an article's facts (the caller isolates which).</exception>
    public Task<IReadOnlyList<PutResult>> PutAsync(IReadOnlyList<ArticleFacts> batch, CancellationToken cancellationToken) =>
        UntilAvailableAsync(ct => _store.PutArticlesAsync(batch, ct), cancellationToken);

    public Task<bool> RetractAsync(string articleId, CancellationToken cancellationToken) =>
        UntilAvailableAsync(ct => _store.RetractArticleAsync(articleId, ct), cancellationToken);

    /// <summary>Whether the store answers a read now (for /health/ready); not while ingestion is paused.</summary>
    public async Task<(bool Ready, string Detail)> CheckAsync(CancellationToken cancellationToken) =>
        _pauseReason is { } reason ? (false, "ingestion paused: " + reason) : await StoreProbe.CheckAsync(_store, cancellationToken).ConfigureAwait(false);

    private static bool IsStoreFailure(Exception e) => e is not InvalidFactsException and not OperationCanceledException and not OutOfMemoryException;

    private async Task<T> UntilAvailableAsync<T>(Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                var result = await _pipeline.ExecuteAsync(async ct => await write(ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                if (_pauseReason is not null)
                {
                    _logger.LogInformation("The store answers again; ingestion resumes");
                    _pauseReason = null;
                }

                return result;
            }
            catch (Exception e) when (IsStoreFailure(e) && !cancellationToken.IsCancellationRequested)
            {
                if (_pauseReason is null)
                {
                    _metrics.StorePaused();
                    _logger.LogWarning("The store is unavailable ({Error}); ingestion pauses and retries every {Seconds} s", e.Message, _options.StoreBreakDuration.TotalSeconds);
                }

                _pauseReason = e is BrokenCircuitException ? _pauseReason ?? e.Message : $"{e.GetType().Name}: {e.Message}";
                await Task.Delay(_options.StoreBreakDuration, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
