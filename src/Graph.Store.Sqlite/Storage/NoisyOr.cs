namespace Graph.Store.Sqlite.Storage;

/// <summary>
/// Noisy-or confidence, 1 - Π(1 - cᵢ), kept as an integer sum of quantised logarithms so that adding and
/// removing statements in any order gives bit-identical results (floating products depend on order).
/// </summary>
internal static class NoisyOr
{
    private const double Scale = 1e12;

    /// <summary>round(ln(1 - c) · 10¹²); a certain statement (c = 1) is counted apart and contributes 0.</summary>
    public static long LogMiss(double confidence) =>
        confidence >= 1.0 ? 0 : (long)Math.Round(Math.Log(1.0 - confidence) * Scale);

    public static bool IsCertain(double confidence) => confidence >= 1.0;

    public static double Confidence(long logMissSum, long certainCount) =>
        certainCount > 0 ? 1.0 : 1.0 - Math.Exp(logMissSum / Scale);
}
