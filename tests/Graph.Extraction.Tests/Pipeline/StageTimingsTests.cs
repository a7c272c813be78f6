using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Tests.Pipeline;

public class StageTimingsTests
{
    [Fact]
    public void Each_lap_charges_the_time_since_the_previous_one_and_restart_charges_nothing()
    {
        var now = TimeSpan.Zero;
        var timings = new StageTimings(() => now);
        now += TimeSpan.FromMilliseconds(5);
        timings.Restart();                       // the 5 ms before belong to no stage
        now += TimeSpan.FromMilliseconds(3);
        timings.Lap("tag");
        now += TimeSpan.FromMilliseconds(7);
        timings.Lap("parse");
        now += TimeSpan.FromMilliseconds(1);
        timings.Lap("tag");

        timings.Totals.Select(t => (t.Key, t.Value.TotalMilliseconds)).Should().Equal(("tag", 4.0), ("parse", 7.0));
    }
}
