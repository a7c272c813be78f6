namespace Graph.Extraction.Evaluation;

/// <summary>True positives, false positives and false negatives, with the precision, recall and F1 score.py derives.</summary>
public sealed record Counts(int Tp, int Fp, int Fn)
{
    public double Precision => Tp + Fp > 0 ? (double)Tp / (Tp + Fp) : 0.0;

    public double Recall => Tp + Fn > 0 ? (double)Tp / (Tp + Fn) : 0.0;

    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0.0;

    public static Counts operator +(Counts a, Counts b) => new(a.Tp + b.Tp, a.Fp + b.Fp, a.Fn + b.Fn);

    public static Counts Zero { get; } = new(0, 0, 0);
}
