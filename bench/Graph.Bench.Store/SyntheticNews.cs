using System.Globalization;
using Graph.Core.Model;

namespace Graph.Bench.Store;

/// <summary>
/// A deterministic stream of synthetic articles: entities drawn with a Zipf skew (a few very frequent, a long tail),
/// ten per article, a dozen statements among them; plus one hub person related to exactly 1,000 others.
/// Generation stops when the facts make the requested number of distinct relations.
/// </summary>
internal sealed class SyntheticNews
{
    private static readonly string[] Relations = ["MET", "CRITICIZED", "SUPPORTED", "PRAISED", "WARNED", "COOPERATED", "OPPOSED", "CALLED_FOR", "ATTACKED", "AGREED"];
    private static readonly HashSet<string> Symmetric = ["MET", "COOPERATED", "AGREED"];

    private readonly Random random = new(20240101);
    private readonly string[] names;
    private readonly string[] types;
    private readonly double[] cumulative;
    private readonly HashSet<(int, int, int)> relations = [];

    public SyntheticNews(int entityCount, double zipfExponent)
    {
        names = new string[entityCount];
        types = new string[entityCount];
        var given = Words(2, 400, seed: 1);
        var family = Words(3, 8000, seed: 2);
        for (var i = 0; i < entityCount; i++)
        {
            var word = family[(i * 7919) % family.Length];
            (names[i], types[i]) = (i % 10) switch
            {
                < 7 => ($"{given[i % given.Length]} {family[(i / given.Length) % family.Length]}", "PERSON"),
                < 9 => ($"{word} {given[i % given.Length]} Holdings {i}", "ORGANIZATION"),
                _ => ($"{word}{given[i % given.Length].ToLowerInvariant()}ia {i}", "LOCATION"),
            };
        }

        cumulative = new double[entityCount];
        var sum = 0.0;
        for (var i = 0; i < entityCount; i++)
        {
            sum += 1.0 / Math.Pow(i + 1, zipfExponent);
            cumulative[i] = sum;
        }

        for (var i = 0; i < entityCount; i++)
        {
            cumulative[i] /= sum;
        }
    }

    public const string HubName = "Hub Centralperson";

    public int DistinctRelations => relations.Count;

    public IReadOnlyList<string> Names => names;

    /// <summary>The articles tying the hub to exactly <paramref name="degree"/> distinct partners (one statement each).</summary>
    public IEnumerable<ArticleFacts> HubArticles(int degree)
    {
        var partners = Enumerable.Range(0, names.Length).OrderBy(_ => random.Next()).Take(degree).ToList();
        for (var start = 0; start < partners.Count; start += 10)
        {
            var id = $"hub-{start / 10}";
            var chunk = partners.Skip(start).Take(10).ToList();
            var entities = chunk.Select(p => new ArticleEntity(names[p], types[p])).Prepend(new ArticleEntity(HubName, "PERSON")).ToList();
            var statements = chunk.Select((p, i) => new Statement(id, HubName, "CRITICIZED", names[p], $"{HubName} criticized {names[p]} ({i}).", 0.8) { SentenceIndex = i }).ToList();
            yield return Facts(id, start, entities, statements);
        }
    }

    /// <summary>Articles until the facts make <paramref name="targetRelations"/> distinct relations.</summary>
    public IEnumerable<ArticleFacts> Articles(int targetRelations)
    {
        for (var n = 0; relations.Count < targetRelations; n++)
        {
            var id = $"news-{n}";
            var chosen = new List<int>();
            while (chosen.Count < 10)
            {
                var pick = Pick();
                if (!chosen.Contains(pick))
                {
                    chosen.Add(pick);
                }
            }

            var statements = new List<Statement>(12);
            for (var k = 0; k < 12; k++)
            {
                var s = chosen[random.Next(chosen.Count)];
                var o = chosen[random.Next(chosen.Count)];
                if (s == o)
                {
                    continue;
                }

                var type = random.Next(Relations.Length);
                var negated = random.Next(20) == 0;
                if (!negated)
                {
                    relations.Add(Symmetric.Contains(Relations[type]) && string.CompareOrdinal(names[s], names[o]) > 0 ? (o, type, s) : (s, type, o));
                }

                statements.Add(new Statement(id, names[s], Relations[type], names[o], $"Sentence {k} of {id}: {names[s]} and {names[o]}.", Math.Round(0.3 + (random.NextDouble() * 0.7), 2), negated)
                {
                    SentenceIndex = k,
                    SentenceSpan = TextSpan.Of(k * 120, 100),
                    SubjectSpan = TextSpan.Of(k * 120, 10),
                    ObjectSpan = TextSpan.Of((k * 120) + 40, 10),
                });
            }

            var entities = chosen.Select(c => types[c] == "PERSON"
                ? new ArticleEntity(names[c], types[c], [names[c][(names[c].IndexOf(' ', StringComparison.Ordinal) + 1)..]])
                : new ArticleEntity(names[c], types[c])).ToList();
            yield return Facts(id, n, entities, statements);
        }
    }

    private static ArticleFacts Facts(string id, int n, List<ArticleEntity> entities, List<Statement> statements) =>
        new(new Article(id, ContentHash.Of(id + "v1"), $"https://bench.example/{id}", $"Article {id}", "bench", new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(n)), entities, statements);

    private int Pick()
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    private static string[] Words(int syllables, int count, int seed)
    {
        string[] onsets = ["b", "d", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ch", "sh", "g", "f", "h", "j", "y", "w"];
        string[] vowels = ["a", "e", "i", "o", "u", "ai", "ou", "ei"];
        var rng = new Random(seed);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < count)
        {
            var word = string.Concat(Enumerable.Range(0, syllables).Select(_ => onsets[rng.Next(onsets.Length)] + vowels[rng.Next(vowels.Length)]));
            words.Add(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(word));
        }

        return [.. words];
    }
}
