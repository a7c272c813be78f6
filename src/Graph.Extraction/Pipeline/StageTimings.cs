using System.Diagnostics;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// Where a pipeline's time goes: time per stage, summed over every article run with it. A stopwatch with laps:
/// <see cref="Restart"/> starts the clock, each <see cref="Lap"/> charges the time since the previous mark to a stage.
/// For benchmarks and diagnostics; one instance per thread (it is not thread-safe).
/// </summary>
public sealed class StageTimings
{
    private readonly Func<TimeSpan> clock;
    private readonly List<string> order = [];
    private readonly Dictionary<string, TimeSpan> totals = new(StringComparer.Ordinal);
    private TimeSpan mark;

    /// <summary>Timings by wall clock.</summary>
    public StageTimings()
        : this(() => Stopwatch.GetElapsedTime(0))
    {
    }

    /// <summary>Timings by <paramref name="clock"/>, e.g. the thread's CPU time, which a loaded machine does not inflate.</summary>
    public StageTimings(Func<TimeSpan> clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        this.clock = clock;
        mark = clock();
    }

    /// <summary>The stages in the order they were first timed, with their summed time.</summary>
    public IReadOnlyList<KeyValuePair<string, TimeSpan>> Totals => [.. order.Select(s => new KeyValuePair<string, TimeSpan>(s, totals[s]))];

    /// <summary>Starts timing from now (time since the last lap is charged to no stage).</summary>
    public void Restart() => mark = clock();

    /// <summary>Charges the time since the previous lap (or <see cref="Restart"/>) to <paramref name="stage"/>.</summary>
    public void Lap(string stage)
    {
        var now = clock();
        if (!totals.TryGetValue(stage, out var total))
        {
            order.Add(stage);
        }

        totals[stage] = total + (now - mark);
        mark = now;
    }
}
