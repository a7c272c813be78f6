namespace Graph.Extraction.Models.Ner;

/// <summary>Exact-span precision, recall and F1 per entity type (the CoNLL measure).</summary>
public sealed class NerEvaluation
{
    private readonly Dictionary<string, (int Tp, int Fp, int Fn)> counts = new(StringComparer.Ordinal);

    public void Add(IReadOnlyList<int> gold, IReadOnlyList<int> predicted)
    {
        var goldSpans = NerTags.Spans(gold).ToHashSet();
        var predictedSpans = NerTags.Spans(predicted).ToHashSet();
        foreach (var span in predictedSpans)
        {
            Bump(span.Type, goldSpans.Contains(span) ? (1, 0, 0) : (0, 1, 0));
        }

        foreach (var span in goldSpans.Where(s => !predictedSpans.Contains(s)))
        {
            Bump(span.Type, (0, 0, 1));
        }
    }

    private void Bump(string type, (int Tp, int Fp, int Fn) delta)
    {
        var c = counts.GetValueOrDefault(type);
        counts[type] = (c.Tp + delta.Tp, c.Fp + delta.Fp, c.Fn + delta.Fn);
    }

    /// <summary>(precision, recall, F1) of one type, or of all types together when <paramref name="type"/> is null.</summary>
    public (double P, double R, double F1) Score(string? type = null)
    {
        var (tp, fp, fn) = type is null
            ? counts.Values.Aggregate((0, 0, 0), (a, c) => (a.Item1 + c.Tp, a.Item2 + c.Fp, a.Item3 + c.Fn))
            : counts.GetValueOrDefault(type);
        var p = tp + fp > 0 ? (double)tp / (tp + fp) : 0;
        var r = tp + fn > 0 ? (double)tp / (tp + fn) : 0;
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
    }

    /// <summary>"PERSON P=… R=… F1=…" lines, then "ALL …".</summary>
    public string Report()
    {
        var lines = counts.Keys.Order(StringComparer.Ordinal).Select(t => Line(t, Score(t))).Append(Line("ALL", Score()));
        return string.Join(Environment.NewLine, lines);

        static string Line(string name, (double P, double R, double F1) s) =>
            FormattableString.Invariant($"{name,-13} P={s.P:F3} R={s.R:F3} F1={s.F1:F3}");
    }
}
