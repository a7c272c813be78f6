namespace Graph.Ingestion.Queue;

/// <summary>Exponential backoff with jitter: attempt n waits about base × 2^(n-1), ±25 %, capped at an hour.</summary>
public static class Backoff
{
    public static TimeSpan Delay(TimeSpan baseDelay, int attempt)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 20);
        var seconds = Math.Min(baseDelay.TotalSeconds * Math.Pow(2, exponent), 3600);
        var jitter = 0.75 + (Random.Shared.NextDouble() * 0.5);
        return TimeSpan.FromSeconds(seconds * jitter);
    }
}
