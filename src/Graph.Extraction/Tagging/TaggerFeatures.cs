using Graph.Extraction.Models;

namespace Graph.Extraction.Tagging;

/// <summary>
/// The tagger's feature templates. A sentence's word hashes are computed once
/// (<see cref="Prepare"/>); the features of a position then only combine numbers.
/// </summary>
internal sealed class TaggerFeatures
{
    public const int MaxFeatures = 32;

    private ulong[] word = [];
    private ulong[] exact = [];
    private ulong[] suf1 = [];
    private ulong[] suf2 = [];
    private ulong[] suf3 = [];
    private ulong[] suf4 = [];
    private ulong[] pre1 = [];
    private ulong[] pre3 = [];
    private ulong[] shape = [];
    private ulong[] hyphenPart = [];

    private int count;

    /// <summary>Computes the per-word hashes of a sentence (pads two words either side).</summary>
    public void Prepare(IReadOnlyList<string> words)
    {
        count = words.Count;
        var n = count + 4;
        if (word.Length < n)
        {
            var size = Math.Max(n, word.Length * 2);
            word = new ulong[size];
            exact = new ulong[size];
            suf1 = new ulong[size];
            suf2 = new ulong[size];
            suf3 = new ulong[size];
            suf4 = new ulong[size];
            pre1 = new ulong[size];
            pre3 = new ulong[size];
            shape = new ulong[size];
            hyphenPart = new ulong[size];
        }

        for (var p = 0; p < 2; p++)
        {
            Pad(p, WordShape.Start);
            Pad(count + 2 + p, WordShape.End);
        }

        for (var i = 0; i < count; i++)
        {
            var w = words[i];
            var k = i + 2;
            word[k] = WordShape.Normalized(w);
            exact[k] = FeatureHash.Of(w);
            suf1[k] = WordShape.Suffix(w, 1);
            suf2[k] = WordShape.Suffix(w, 2);
            suf3[k] = WordShape.Suffix(w, 3);
            suf4[k] = WordShape.Suffix(w, 4);
            pre1[k] = FeatureHash.Of(w.AsSpan(0, 1));
            pre3[k] = WordShape.Prefix(w, 3);
            shape[k] = WordShape.Shape(w);
            hyphenPart[k] = WordShape.LastHyphenPart(w);
        }
    }

    private void Pad(int k, ulong value)
    {
        word[k] = exact[k] = suf1[k] = suf2[k] = suf3[k] = suf4[k] = pre1[k] = pre3[k] = shape[k] = value;
        hyphenPart[k] = 0;

    }

    /// <summary>The features of word <paramref name="i"/> given the two tags before it (class ids, -1 before the start).</summary>
    public int Extract(int i, int prev, int prev2, Span<ulong> f)
    {
        var k = i + 2;
        var t1 = (ulong)(prev + 2);
        var t2 = (ulong)(prev2 + 2);
        var n = 0;
        f[n++] = FeatureHash.Combine(0, 1);
        f[n++] = FeatureHash.Combine(1, word[k]);
        f[n++] = FeatureHash.Combine(2, exact[k]);
        f[n++] = FeatureHash.Combine(3, suf1[k]);
        f[n++] = FeatureHash.Combine(4, suf2[k]);
        f[n++] = FeatureHash.Combine(5, suf3[k]);
        f[n++] = FeatureHash.Combine(6, suf4[k]);
        f[n++] = FeatureHash.Combine(7, pre1[k]);
        f[n++] = FeatureHash.Combine(8, pre3[k]);
        f[n++] = FeatureHash.Combine(9, shape[k]);
        f[n++] = FeatureHash.Combine(10, t1);
        f[n++] = FeatureHash.Combine(11, t1, t2);
        f[n++] = FeatureHash.Combine(12, t1, word[k]);
        f[n++] = FeatureHash.Combine(13, word[k - 1]);
        f[n++] = FeatureHash.Combine(14, suf3[k - 1]);
        f[n++] = FeatureHash.Combine(15, word[k + 1]);
        f[n++] = FeatureHash.Combine(16, suf3[k + 1]);
        f[n++] = FeatureHash.Combine(17, word[k - 2]);
        f[n++] = FeatureHash.Combine(18, word[k + 2]);
        f[n++] = FeatureHash.Combine(19, t1, suf3[k]);
        f[n++] = FeatureHash.Combine(20, word[k - 1], word[k]);
        f[n++] = FeatureHash.Combine(21, word[k], word[k + 1]);
        f[n++] = FeatureHash.Combine(22, shape[k], i == 0 ? 1UL : 0UL);
        f[n++] = FeatureHash.Combine(23, shape[k + 1]);
        f[n++] = FeatureHash.Combine(24, shape[k - 1], shape[k]);
        f[n++] = FeatureHash.Combine(25, t1, word[k + 1]);
        f[n++] = FeatureHash.Combine(26, suf2[k + 1], suf2[k]);
        if (hyphenPart[k] != 0)
        {
            f[n++] = FeatureHash.Combine(27, hyphenPart[k]);
            f[n++] = FeatureHash.Combine(28, t1, hyphenPart[k]);
        }

        return n;
    }
}
