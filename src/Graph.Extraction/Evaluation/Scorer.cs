namespace Graph.Extraction.Evaluation;

/// <summary>
/// Scores system output against gold exactly as extraction/score.py does (GUIDELINES "Scoring"): relations match
/// by relation and by each end resolving to the gold entity through its name or aliases (symmetric relations in
/// either direction, each gold triple at most once, duplicate system triples once, optional gold triples neither
/// right nor wrong); named entities by name or alias and type, a second node for a found entity a duplicate.
/// </summary>
public static class Scorer
{
    private static readonly HashSet<string> Symmetric = new(StringComparer.Ordinal) { "MET", "COOPERATED", "AGREED", "FOUGHT" };

    private static readonly HashSet<string> Named = new(StringComparer.Ordinal) { "PERSON", "ORGANIZATION", "LOCATION" };

    /// <exception cref="ScoreInputException">Either file cannot be read.</exception>
    public static ScoreReport Score(string goldPath, string systemPath) =>
        Score(ScoreFile.Load(goldPath), ScoreFile.Load(systemPath));

    public static ScoreReport Score(ScoreFile gold, ScoreFile system)
    {
        var articles = gold.Entities.Keys.Union(gold.Relations.Keys).Distinct().Order(PythonText.CodePointOrder).ToList();
        var missing = articles.Where(a => !system.Entities.ContainsKey(a) && !system.Relations.ContainsKey(a)).ToList();
        var byRelation = new Dictionary<string, Counts>(StringComparer.Ordinal);
        var results = new List<ArticleScore>();
        var duplicates = 0;
        foreach (var article in articles)
        {
            var goldEntities = gold.Entities.GetValueOrDefault(article) ?? [];
            var aliases = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            var goldType = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var entity in goldEntities)
            {
                goldType[entity.Name] = entity.Type;
                foreach (var name in entity.Aliases.Prepend(entity.Name))
                {
                    var key = ScoreNames.Normalize(name);
                    if (!aliases.TryGetValue(key, out var set))
                    {
                        aliases[key] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(entity.Name);
                }
            }

            IReadOnlySet<string> Resolve(string name) =>
                aliases.TryGetValue(ScoreNames.Normalize(name), out var set) ? set : new HashSet<string>();

            var misses = new List<string>();
            var relations = ScoreRelations(article, gold.Relations.GetValueOrDefault(article) ?? [], system.Relations.GetValueOrDefault(article) ?? [], Resolve, byRelation, misses);
            var entities = ScoreEntities(goldEntities, system.Entities.GetValueOrDefault(article) ?? [], Resolve, goldType, ref duplicates);
            results.Add(new ArticleScore(article, relations, entities, misses));
        }

        return new ScoreReport(missing, results, byRelation, duplicates);
    }

    private static Counts ScoreRelations(
        string article,
        List<ScoredRelation> gold,
        List<ScoredRelation> system,
        Func<string, IReadOnlySet<string>> resolve,
        Dictionary<string, Counts> byRelation,
        List<string> misses)
    {
        var used = new bool[gold.Count];
        var seen = new HashSet<(string, string, string)>();
        int tp = 0, fp = 0, fn = 0;
        foreach (var s in system)
        {
            var (first, second) = (ScoreNames.Normalize(s.Subject), ScoreNames.Normalize(s.Object));
            if (Symmetric.Contains(s.Relation) && PythonText.CompareCodePoints(first, second) > 0)
            {
                (first, second) = (second, first);
            }

            if (!seen.Add((first, s.Relation, second)))
            {
                continue;
            }

            var subjects = resolve(s.Subject);
            var objects = resolve(s.Object);
            int? hit = null;
            for (var i = 0; i < gold.Count; i++)
            {
                var g = gold[i];
                if (g.Relation != s.Relation)
                {
                    continue;
                }

                var direct = subjects.Contains(g.Subject) && objects.Contains(g.Object);
                var flipped = Symmetric.Contains(g.Relation) && objects.Contains(g.Subject) && subjects.Contains(g.Object);
                if ((direct || flipped) && !(used[i] && g.Required))
                {
                    // As score.py: the first unused required match wins; otherwise the last optional one.
                    hit = i;
                    if (g.Required && !used[i])
                    {
                        break;
                    }
                }
            }

            if (hit is null)
            {
                fp++;
                Bump(byRelation, s.Relation, new Counts(0, 1, 0));
                misses.Add($"  [{article}] WRONG  {s.Subject} -{s.Relation}-> {s.Object}");
            }
            else if (gold[hit.Value].Required)
            {
                if (!used[hit.Value])
                {
                    used[hit.Value] = true;
                    tp++;
                    Bump(byRelation, s.Relation, new Counts(1, 0, 0));
                }
            }
            else
            {
                used[hit.Value] = true;
            }
        }

        for (var i = 0; i < gold.Count; i++)
        {
            var g = gold[i];
            if (g.Required && !used[i])
            {
                fn++;
                Bump(byRelation, g.Relation, new Counts(0, 0, 1));
                misses.Add($"  [{article}] MISSED {g.Subject} -{g.Relation}-> {g.Object}   ({PythonText.Prefix(g.Evidence, 80)})");
            }
        }

        return new Counts(tp, fp, fn);
    }

    private static EntityCounts ScoreEntities(
        List<ScoredEntity> gold,
        List<ScoredEntity> system,
        Func<string, IReadOnlySet<string>> resolve,
        Dictionary<string, string?> goldType,
        ref int duplicates)
    {
        var goldNamed = gold.Where(e => e.Type is not null && Named.Contains(e.Type)).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int tp = 0, fp = 0, dup = 0;
        foreach (var e in system)
        {
            if (e.Type is null || !Named.Contains(e.Type))
            {
                continue;
            }

            if (!seen.Add(ScoreNames.Normalize(e.Name)))
            {
                continue;
            }

            var sameType = resolve(e.Name).Where(g => goldType.GetValueOrDefault(g) == e.Type).ToList();
            var candidates = sameType.Where(g => !found.Contains(g)).Order(PythonText.CodePointOrder).ToList();
            if (candidates.Count > 0)
            {
                found.Add(candidates[0]);
                tp++;
            }
            else if (sameType.Count > 0)
            {
                dup++;
            }
            else
            {
                fp++;
            }
        }

        duplicates += dup;
        return new EntityCounts(new Counts(tp, fp, goldNamed.Count(n => !found.Contains(n))), dup);
    }

    private static void Bump(Dictionary<string, Counts> byRelation, string relation, Counts delta) =>
        byRelation[relation] = byRelation.GetValueOrDefault(relation, Counts.Zero) + delta;
}
