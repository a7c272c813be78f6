using System.Runtime.CompilerServices;

namespace Graph.Extraction.Models;

/// <summary>
/// 64-bit hashing of feature parts, so a feature is a <see cref="ulong"/> built without allocating a
/// string. Deterministic across runs and machines (unlike <see cref="string.GetHashCode()"/>), because
/// trained models store these keys.
/// </summary>
public static class FeatureHash
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;

    /// <summary>FNV-1a over the characters, then mixed.</summary>
    public static ulong Of(ReadOnlySpan<char> s)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in s)
        {
            h = (h ^ c) * 0x100000001B3UL;
        }

        return Finish(h ^ (ulong)s.Length);
    }

    /// <summary>FNV-1a over the lower-cased characters (invariant culture), then mixed.</summary>
    public static ulong OfLower(ReadOnlySpan<char> s)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in s)
        {
            h = (h ^ char.ToLowerInvariant(c)) * 0x100000001B3UL;
        }

        return Finish(h ^ (ulong)s.Length);
    }

    /// <summary>A feature from a template number and one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(int template, ulong a) => Finish(Step(Step((ulong)template * Prime2, a), 0x5bd1e995UL));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(int template, ulong a, ulong b) => Finish(Step(Step((ulong)template * Prime2, a), b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(int template, ulong a, ulong b, ulong c) => Finish(Step(Step(Step((ulong)template * Prime2, a), b), c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(int template, ulong a, ulong b, ulong c, ulong d) =>
        Finish(Step(Step(Step(Step((ulong)template * Prime2, a), b), c), d));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Step(ulong h, ulong v)
    {
        h ^= v * Prime1;
        h = (h << 31) | (h >> 33);
        return h * Prime2;
    }

    /// <summary>The splitmix64 finaliser: every input bit reaches every output bit. Never returns 0 (the empty-slot mark).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return z == 0 ? 1 : z;
    }
}
