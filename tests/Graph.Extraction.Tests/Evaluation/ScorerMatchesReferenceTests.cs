using System.Text.Json;
using Graph.Extraction.Evaluation;
using Graph.TestSupport;

namespace Graph.Extraction.Tests.Evaluation;

/// <summary>The C# scorer and score.py, run on the same gold and system files, must print the same lines.</summary>
public sealed class ScorerMatchesReferenceTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("graph-score-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static readonly string SeedGold = RepoPaths.InShared("extraction", "gold", "seeds.jsonl");

    private string Write(string name, IEnumerable<object> lines)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, lines.Select(l => l as string ?? JsonSerializer.Serialize(l)));
        return path;
    }

    private static object Entity(string article, string name, string type, params string[] aliases) =>
        new { kind = "entity", article, name, type, aliases };

    private static object Relation(string article, string subject, string relation, string @object, bool required = true, bool negated = false, string evidence = "") =>
        new { kind = "relation", article, subject, relation, @object, required, negated, evidence };

    /// <summary>A gold set of my own: optional triples, symmetric relations, aliases shared by two entities, non-ASCII names.</summary>
    private string ConstructedGold() => Write("gold.jsonl",
    [
        Entity("a1", "Maria Lindqvist", "PERSON", "Lindqvist", "Minister Lindqvist"),
        Entity("a1", "Tomás Ferrer", "PERSON", "Ferrer"),
        Entity("a1", "Nordic Grain Council", "ORGANIZATION", "NGC", "the Council"),
        Entity("a1", "Västerby", "LOCATION", "Vasterby"),
        Entity("a1", "Ferrer Holdings", "ORGANIZATION", "Ferrer"),
        Entity("a1", "farmers", "GROUP"),
        Entity("a1", "grain strike", "EVENT", "the strike"),
        Relation("a1", "Maria Lindqvist", "MET", "Tomás Ferrer", evidence: "Lindqvist met Ferrer in Västerby on Monday, officials said, after weeks of talks that went nowhere at all."),
        Relation("a1", "Maria Lindqvist", "LEADS", "Nordic Grain Council"),
        Relation("a1", "Tomás Ferrer", "WORKS_FOR", "Ferrer Holdings", required: false),
        Relation("a1", "farmers", "CALLED_FOR", "grain strike"),
        Relation("a1", "Nordic Grain Council", "OPPOSED", "grain strike", required: false),
        Relation("a1", "Nordic Grain Council", "OPPOSED", "grain strike", required: false),
        Relation("a1", "Ferrer Holdings", "COOPERATED", "Nordic Grain Council"),
        Relation("a1", "Tomás Ferrer", "CRITICIZED", "Maria Lindqvist", negated: true),
        Entity("a2", "Oskar Brandt", "PERSON", "Brandt"),
        Entity("a2", "Eastport", "LOCATION"),
        Relation("a2", "Oskar Brandt", "VISITED_FAKE", "Eastport"),
        Relation("a2", "Oskar Brandt", "WARNED", "Eastport"),
        Entity("a3", "Ida Holm", "PERSON"),
        Relation("a3", "Ida Holm", "PRAISED", "Ida Holm"),
    ]);

    private string ConstructedSystem() => Write("system.jsonl",
    [
        Entity("a1", "Lindqvist", "PERSON"),
        Entity("a1", "Minister Lindqvist", "PERSON"),
        Entity("a1", "LINDQVIST", "PERSON"),
        Entity("a1", "Tomas Ferrer", "PERSON"),
        Entity("a1", "Ferrer", "ORGANIZATION"),
        Entity("a1", "the Nordic Grain Council", "ORGANIZATION"),
        Entity("a1", "Vasterby", "LOCATION"),
        Entity("a1", "Västerby", "ORGANIZATION"),
        Entity("a1", "Somewhere Else", "LOCATION"),
        Entity("a1", "farmers", "GROUP"),
        new { kind = "entity", article = "a1", name = "No Type" },
        Relation("a1", "Ferrer", "MET", "Lindqvist"),
        Relation("a1", "Lindqvist", "MET", "Ferrer"),
        Relation("a1", "Lindqvist", "LEADS", "NGC"),
        Relation("a1", "Lindqvist", "LEADS", "the Council"),
        Relation("a1", "Ferrer", "WORKS_FOR", "Ferrer Holdings"),
        Relation("a1", "NGC", "OPPOSED", "the strike"),
        Relation("a1", "Nordic Grain Council's", "OPPOSED", "grain strike"),
        Relation("a1", "Nordic Grain Council", "COOPERATED", "Ferrer"),
        Relation("a1", "Ferrer", "CRITICIZED", "Lindqvist"),
        Relation("a1", "Ferrer", "ATTACKED", "Lindqvist", negated: true),
        Relation("a1", "Unknown Person", "FOUGHT", "Lindqvist"),
        "",
        Entity("a2", "Brandt", "PERSON"),
        Relation("a2", "Brandt", "VISITED_FAKE", "Eastport"),
        Relation("a2", "Brandt", "NEW_RELATION", "Eastport"),
        Relation("a3", "Ida Holm", "PRAISED", "Ida Holm", negated: true),
        Entity("zz", "Not In Gold", "PERSON"),
    ]);

    /// <summary>The seed gold rewritten the way a system might say it: aliases for names, symmetric pairs flipped, some lines dropped or made up.</summary>
    private string VariedSeedSystem()
    {
        var lines = new List<object>();
        var index = 0;
        foreach (var line in File.ReadLines(SeedGold))
        {
            index++;
            var o = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(line)!;
            var article = o["article"].GetString()!;
            if (o["kind"].GetString() == "entity")
            {
                var aliases = o["aliases"].EnumerateArray().Select(a => a.GetString()!).ToList();
                var name = index % 3 == 0 && aliases.Count > 0 ? aliases[^1] : o["name"].GetString()!;
                if (index % 7 != 0)
                {
                    lines.Add(Entity(article, name, o["type"].GetString()!));
                }

                if (index % 5 == 0)
                {
                    lines.Add(Entity(article, o["name"].GetString()!.ToUpperInvariant(), o["type"].GetString()!));
                }
            }
            else if (index % 4 != 0)
            {
                var (s, r, obj) = (o["subject"].GetString()!, o["relation"].GetString()!, o["object"].GetString()!);
                lines.Add(index % 2 == 0 ? Relation(article, obj, r, s) : Relation(article, s, r, obj));
                if (index % 6 == 0)
                {
                    lines.Add(Relation(article, s, r, obj));
                }
            }
        }

        lines.Add(Relation("seed-000", "Made Up", "MET", "Vladimir Putin"));
        return Write("seed-system.jsonl", lines);
    }

    private void AssertSameOutput(string gold, string system)
    {
        foreach (var flags in new[] { Array.Empty<string>(), ["--per-article"], ["--misses"], new[] { "--per-article", "--misses" } })
        {
            var expected = ReferenceScorer.Run([gold, system, .. flags]);
            var report = Scorer.Score(gold, system);
            using var actual = new StringWriter { NewLine = "\n" };
            report.Print(actual, perArticle: flags.Contains("--per-article"), misses: flags.Contains("--misses"));
            actual.ToString().Should().Be(expected, $"flags [{string.Join(" ", flags)}]");
        }
    }

    [PythonScorerFact]
    public void Constructed_cases_score_identically() => AssertSameOutput(ConstructedGold(), ConstructedSystem());

    [PythonScorerFact]
    public void Seed_gold_against_itself_scores_identically() => AssertSameOutput(SeedGold, SeedGold);

    [PythonScorerFact]
    public void Seed_gold_against_a_varied_system_scores_identically() => AssertSameOutput(SeedGold, VariedSeedSystem());

    [PythonScorerFact]
    public void System_missing_an_article_scores_identically()
    {
        var onlyOne = Write("only-seed-000.jsonl", File.ReadLines(SeedGold).Where(l => l.Contains("\"seed-000\"", StringComparison.Ordinal)));
        AssertSameOutput(SeedGold, onlyOne);
    }

    [PythonScorerFact]
    public void Empty_system_scores_identically() => AssertSameOutput(ConstructedGold(), Write("empty.jsonl", []));

    [PythonScorerFact]
    public void Precision_of_one_sixteenth_rounds_half_to_even_as_python_does()
    {
        var gold = Write("g16.jsonl", [Entity("b", "Alpha One", "PERSON"), Entity("b", "Beta Two", "PERSON"), Relation("b", "Alpha One", "MET", "Beta Two")]);
        var system = Write("s16.jsonl",
            [.. Enumerable.Range(0, 15).Select(i => Relation("b", "Alpha One", "WARNED", $"Target {i}")), Relation("b", "Beta Two", "MET", "Alpha One")]);
        AssertSameOutput(gold, system);
        Scorer.Score(gold, system).SummaryLine.Should().StartWith("relations P=0.062 R=1.000 F1=0.118");
    }
}
