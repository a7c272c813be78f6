namespace Graph.Ingestion.Metrics;

/// <summary>A Prometheus-style histogram: cumulative counts per upper bound, plus sum and count. Thread-safe.</summary>
public sealed class Histogram(string name, string help, IReadOnlyList<double> bounds)
{
    private readonly long[] _counts = new long[bounds.Count + 1];
    private readonly Lock _gate = new();
    private double _sum;
    private long _count;

    public string Name { get; } = name;

    public string Help { get; } = help;

    public IReadOnlyList<double> Bounds { get; } = bounds;

    public void Observe(double value)
    {
        lock (_gate)
        {
            var i = 0;
            while (i < Bounds.Count && value > Bounds[i]) i++;
            _counts[i]++;
            _sum += value;
            _count++;
        }
    }

    /// <summary>Cumulative counts per bound (the last is +Inf), the sum and the count, read together.</summary>
    public (long[] Cumulative, double Sum, long Count) Read()
    {
        lock (_gate)
        {
            var cumulative = new long[_counts.Length];
            long running = 0;
            for (var i = 0; i < _counts.Length; i++) cumulative[i] = running += _counts[i];
            return (cumulative, _sum, _count);
        }
    }
}
