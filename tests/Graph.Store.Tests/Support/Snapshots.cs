using Graph.Core.Model;
using FluentAssertions.Equivalency;

namespace Graph.Store.Tests.Support;

/// <summary>Whole-graph snapshot comparisons: exact, or with ingestion timestamps (which legitimately differ between runs) blanked.</summary>
public static class Snapshots
{
    public static readonly DateTimeOffset Blank = DateTimeOffset.UnixEpoch;

    /// <summary>The snapshot with article ingestion and statement extraction times blanked.</summary>
    public static GraphSnapshot WithoutIngestionTimes(this GraphSnapshot snapshot) => snapshot with
    {
        Articles = [.. snapshot.Articles.Select(a => a with { IngestedAt = null })],
        Statements = [.. snapshot.Statements.Select(s => s with { ExtractedAt = Blank })],
    };

    public static EquivalencyAssertionOptions<GraphSnapshot> Strict(EquivalencyAssertionOptions<GraphSnapshot> options) =>
        options.WithStrictOrdering().ComparingRecordsByMembers();

    public static void ShouldEqual(this GraphSnapshot actual, GraphSnapshot expected, string because = "") =>
        actual.Should().BeEquivalentTo(expected, Strict, because);

    public static void ShouldEqualIgnoringIngestion(this GraphSnapshot actual, GraphSnapshot expected, string because = "") =>
        actual.WithoutIngestionTimes().Should().BeEquivalentTo(expected.WithoutIngestionTimes(), Strict, because);

    public static async Task<GraphSnapshot> SnapshotAfter(this IGraphStore store, params ArticleFacts[] articles)
    {
        foreach (var article in articles)
        {
            await store.PutArticleAsync(article);
        }

        return await store.ReadAllAsync();
    }

    /// <summary>Entity of the snapshot by name, for readable assertions.</summary>
    public static Entity Named(this GraphSnapshot snapshot, string name) => snapshot.Entities.Single(e => e.Name == name);
}
