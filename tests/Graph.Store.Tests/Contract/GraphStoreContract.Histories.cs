using Graph.Core.Model;
using Graph.Store.Tests.Support;

namespace Graph.Store.Tests.Contract;

/// <summary>
/// Random histories of puts, changes and retractions (seeded, so reproducible) must end in the graph a fresh store
/// builds from the surviving final versions alone, fed in the order the articles first arrived.
/// </summary>
public abstract partial class GraphStoreContract
{
    private static readonly (string Name, string Type, string[] Aliases)[] Pool =
    [
        ("Vladimir Putin", "PERSON", ["Putin", "President Putin"]),
        ("Putin", "PERSON", []),
        ("Xi Jinping", "PERSON", ["Xi"]),
        ("Narendra Modi", "PERSON", []),
        ("Modi", "PERSON", ["Mr Modi"]),
        ("Olaf Scholz", "PERSON", ["Scholz"]),
        ("NATO", "ORGANIZATION", ["the alliance"]),
        ("Kremlin", "ORGANIZATION", ["the Kremlin"]),
        ("Moscow", "LOCATION", []),
        ("India", "LOCATION", ["New Delhi"]),
    ];

    private static readonly string[] Relations = ["MET", "CRITICIZED", "SUPPORTED", "COOPERATED", "WARNED"];

    private static ArticleFacts RandomVersion(Random random, string id)
    {
        var builder = Article(id, day: random.Next(1, 30));
        var chosen = new List<(string Name, string Type, string[] Aliases)>();
        foreach (var candidate in Pool.OrderBy(_ => random.Next()).Take(random.Next(2, 5)))
        {
            // An article names one person once: never both "Putin" and "Vladimir Putin" as two entities.
            if (chosen.Any(c => c.Name.EndsWith(candidate.Name, StringComparison.Ordinal) || candidate.Name.EndsWith(c.Name, StringComparison.Ordinal)))
            {
                continue;
            }

            chosen.Add(candidate);
            builder.Entity(candidate.Name, candidate.Type, candidate.Aliases);
        }

        for (var i = random.Next(0, 5); i > 0 && chosen.Count > 1; i--)
        {
            var subject = chosen[random.Next(chosen.Count)].Name;
            var @object = chosen[random.Next(chosen.Count)].Name;
            if (subject != @object)
            {
                builder.Says(subject, Relations[random.Next(Relations.Length)], @object, random.Next(1, 11) / 10.0, negated: random.Next(6) == 0);
            }
        }

        return builder.Build();
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, HistorySeeds)];

    private const int HistorySeeds = 20;

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task A_random_history_ends_where_a_fresh_store_fed_the_surviving_final_versions_ends(int seed)
    {
        var random = new Random(seed);
        var store = await NewStoreAsync();
        var live = new List<string>();
        var latest = new Dictionary<string, ArticleFacts>();
        for (var step = 0; step < 25; step++)
        {
            var id = "h" + random.Next(6);
            if (live.Contains(id) && random.Next(4) == 0)
            {
                await store.RetractArticleAsync(id);
                live.Remove(id);
                continue;
            }

            var version = RandomVersion(random, id);
            await store.PutArticleAsync(version);
            latest[id] = version;
            if (!live.Contains(id))
            {
                live.Add(id);
            }
        }

        var expected = await FreshSnapshotAsync([.. live.Select(id => latest[id])]);
        (await store.ReadAllAsync()).ShouldEqualIgnoringIngestion(expected, $"seed {seed}");
    }
}
