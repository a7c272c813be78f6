namespace Graph.Extraction.Evaluation;

/// <summary>Entity figures of one article: the counts and how many system entities were second nodes for a found one.</summary>
public sealed record EntityCounts(Counts Counts, int Duplicates);

/// <summary>One article's figures and its misses (WRONG and MISSED lines, as score.py prints them).</summary>
public sealed record ArticleScore(string Article, Counts Relations, EntityCounts Entities, IReadOnlyList<string> Misses);

/// <summary>The result of <see cref="Scorer.Score(string, string)"/>, printable exactly as score.py prints it.</summary>
public sealed class ScoreReport(
    IReadOnlyList<string> missingArticles,
    IReadOnlyList<ArticleScore> articles,
    IReadOnlyDictionary<string, Counts> byRelation,
    int duplicates)
{
    /// <summary>Gold articles the system said nothing about.</summary>
    public IReadOnlyList<string> MissingArticles { get; } = missingArticles;

    public IReadOnlyList<ArticleScore> Articles { get; } = articles;

    /// <summary>Figures per relation type (system relation names included, known or not).</summary>
    public IReadOnlyDictionary<string, Counts> ByRelation { get; } = byRelation;

    /// <summary>Micro-averaged relation counts.</summary>
    public Counts Relations { get; } = articles.Aggregate(Counts.Zero, (sum, a) => sum + a.Relations);

    /// <summary>Micro-averaged named-entity counts.</summary>
    public Counts Entities { get; } = articles.Aggregate(Counts.Zero, (sum, a) => sum + a.Entities.Counts);

    public int Duplicates { get; } = duplicates;

    /// <summary>The machine-readable last line: "relations P=… R=… F1=… | entities P=… R=… F1=… duplicates=N".</summary>
    public string SummaryLine =>
        $"relations P={F(Relations.Precision)} R={F(Relations.Recall)} F1={F(Relations.F1)} | entities P={F(Entities.Precision)} R={F(Entities.Recall)} F1={F(Entities.F1)} duplicates={Duplicates}";

    /// <summary>Writes the report as <c>score.py GOLD SYSTEM [--per-article] [--misses]</c> prints it.</summary>
    public void Print(TextWriter output, bool perArticle = false, bool misses = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (MissingArticles.Count > 0)
        {
            output.WriteLine($"warning: no system output for {MissingArticles.Count} article(s): {string.Join(", ", MissingArticles.Take(10))}");
        }

        foreach (var article in Articles)
        {
            if (misses)
            {
                foreach (var line in article.Misses)
                {
                    output.WriteLine(line);
                }
            }

            if (perArticle)
            {
                var r = article.Relations;
                var e = article.Entities.Counts;
                output.WriteLine($"{article.Article}: relations P={F(r.Precision)} R={F(r.Recall)} F1={F(r.F1)} (tp={r.Tp} fp={r.Fp} fn={r.Fn}) | entities P={F(e.Precision)} R={F(e.Recall)} F1={F(e.F1)}");
            }
        }

        foreach (var (relation, c) in ByRelation.OrderBy(p => p.Key, PythonText.CodePointOrder))
        {
            output.WriteLine($"  {PythonText.PadRight(relation, 12)} tp={PythonText.PadRight(c.Tp.ToString(System.Globalization.CultureInfo.InvariantCulture), 3)} fp={PythonText.PadRight(c.Fp.ToString(System.Globalization.CultureInfo.InvariantCulture), 3)} fn={PythonText.PadRight(c.Fn.ToString(System.Globalization.CultureInfo.InvariantCulture), 3)} F1={F(c.F1)}");
        }

        output.WriteLine(SummaryLine);
    }

    private static string F(double value) => PythonText.Fixed3(value);
}
