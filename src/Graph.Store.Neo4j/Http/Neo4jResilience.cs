using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Graph.Store.Neo4j.Http;

/// <summary>A retry the client is about to make: which one (from 0), after how long, and why.</summary>
public sealed record RetryNotice(int Attempt, TimeSpan Delay, Exception? Reason);

/// <summary>
/// The resilience pipeline around every unit of work sent to Neo4j, outermost first:
/// retry (exponential backoff with jitter, transient failures only) → circuit breaker (counts transient failures only,
/// so a syntax error never opens it) → a timeout per attempt. Client errors pass straight through, untried again.
/// </summary>
internal static class Neo4jResilience
{
    public static ResiliencePipeline Build(Neo4jOptions options, Action<RetryNotice> onRetry)
    {
        var builder = new ResiliencePipelineBuilder();
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = TimeSpan.FromSeconds(30),
                OnRetry = args =>
                {
                    onRetry(new RetryNotice(args.AttemptNumber, args.RetryDelay, args.Outcome.Exception));
                    return default;
                },
            });
        }

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    /// <summary>What may succeed when tried again: Neo4j's transient errors, 502/503/504, refused connections, attempt timeouts.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        Neo4jException neo4j => neo4j.IsTransient,
        TimeoutRejectedException => true,
        _ => false,
    };

    /// <summary>Turns what is left after retries into the port's exception: transient failures become <see cref="StoreUnavailableException"/>.</summary>
    public static Exception Surface(Exception exception, Neo4jOptions options) => exception switch
    {
        BrokenCircuitException broken => new StoreUnavailableException(
            $"Neo4j at {options.BaseUri} kept failing; calls are refused for up to {options.BreakerBreakDuration.TotalSeconds:0.#} s before it is tried again", broken),
        TimeoutRejectedException timeout => new StoreUnavailableException(
            $"Neo4j at {options.BaseUri} did not answer within {options.AttemptTimeout.TotalSeconds:0.#} s ({options.MaxRetries + 1} attempts)", timeout),
        Neo4jException { IsTransient: true } neo4j => new StoreUnavailableException(
            $"Neo4j at {options.BaseUri} is unavailable after {options.MaxRetries + 1} attempts: {neo4j.Message}", neo4j),
        _ => exception,
    };
}
