using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Graph.Ingestion.Resilience;

/// <summary>
/// How ingestion treats an outside call that may fail for a while (a store write, a fetch): retries with exponential
/// backoff and jitter; around each attempt a circuit breaker over the same faults (it opens when half the calls in
/// <see cref="SamplingWindow"/> fail, at least <see cref="MinimumCalls"/> of them) and a timeout.
/// </summary>
internal sealed record FaultPolicy(int Retries, TimeSpan FirstDelay, int MinimumCalls, TimeSpan SamplingWindow, TimeSpan BreakFor, TimeSpan AttemptTimeout)
{
    /// <summary>The pipeline for the faults <paramref name="transient"/> accepts; any other exception passes straight through.</summary>
    public ResiliencePipeline Build(PredicateBuilder<object> transient) => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = transient,
            MaxRetryAttempts = Retries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = FirstDelay,
        })
        .AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = transient,
            FailureRatio = 0.5,
            MinimumThroughput = MinimumCalls,
            SamplingDuration = SamplingWindow,
            BreakDuration = BreakFor,
        })
        .AddTimeout(AttemptTimeout)
        .Build();
}
