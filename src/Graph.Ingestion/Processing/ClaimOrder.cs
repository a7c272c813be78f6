namespace Graph.Ingestion.Processing;

/// <summary>
/// Hands extracted items to the writer in the order they were claimed, whatever order the parallel extractors finish
/// them in. Why: entity resolution can depend on which of two articles the store sees first (a short name that is
/// ambiguous once a second full name exists), so writing in completion order would make two ingestions of the same
/// queue build different graphs, and a process killed and restarted would build a different graph from a clean run.
/// Claim order is the queue's id order, which a restart keeps (unfinished items are claimed again, oldest first).
/// </summary>
/// <typeparam name="T">What travels with each claimed item.</typeparam>
internal sealed class ClaimOrder<T>
{
    private readonly Dictionary<long, T> _waiting = [];
    private long _next;

    /// <summary>Items that arrived before an earlier-claimed one they must wait for.</summary>
    public int Waiting => _waiting.Count;

    /// <summary>Takes an item finished out of order; <paramref name="order"/> is its place in claim order (0, 1, 2, …).</summary>
    public void Add(long order, T item)
    {
        if (order < _next || !_waiting.TryAdd(order, item))
        {
            throw new InvalidOperationException($"claim order {order} was handed in twice");
        }
    }

    /// <summary>Moves into <paramref name="batch"/>, up to its size <paramref name="max"/>, the items next in claim order.</summary>
    public void TakeReady(List<T> batch, int max)
    {
        while (batch.Count < max && _waiting.Remove(_next, out var item))
        {
            batch.Add(item);
            _next++;
        }
    }
}
