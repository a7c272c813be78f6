using Graph.Ingestion.Tests.Support;
using Graph.TestSupport;

namespace Graph.Ingestion.Tests;

/// <summary>
/// Issue 5, item 8: with no configuration the server reads the sample folder, ingests it, and says where GraphiQL is;
/// a second start re-ingests nothing unchanged.
/// </summary>
public sealed class MainJobTests
{
    [Fact]
    public async Task The_samples_are_ingested_once_and_a_second_start_reingests_nothing()
    {
        using var folder = new TestFolder();
        var samples = Directory.CreateDirectory(Path.Combine(folder.Root, "samples", "articles")).FullName;
        foreach (var file in Directory.EnumerateFiles(RepoPaths.InRepo("samples", "articles"))) File.Copy(file, Path.Combine(samples, Path.GetFileName(file)));
        var count = Directory.EnumerateFiles(samples).Count();
        var config = folder.Config(new { });

        using (var first = await ServerProcess.StartAsync(folder.Root, config))
        {
            first.Output.Should().Contain("/graphql (open it in a browser for GraphiQL");
            var status = await first.WaitIdleAsync(count, TimeSpan.FromMinutes(2));
            status.GetProperty("ingestionStatus").GetProperty("done").GetInt32().Should().Be(count);
            status.GetProperty("stats").GetProperty("statements").GetInt32().Should().BeGreaterThan(0);
            first.Kill();
        }

        using var second = await ServerProcess.StartAsync(folder.Root, config);
        await second.WaitIdleAsync(count, TimeSpan.FromMinutes(1));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var again = (await second.QueryAsync("{ ingestionStatus { done pending items { outcome count } } }")).GetProperty("ingestionStatus");
        again.GetProperty("done").GetInt32().Should().Be(count, "no unchanged sample was queued again");
        again.GetProperty("pending").GetInt32().Should().Be(0);
        again.GetProperty("items").EnumerateArray().Sum(i => i.GetProperty("count").GetInt32()).Should().Be(0, "nothing was processed on the second start");
    }
}
