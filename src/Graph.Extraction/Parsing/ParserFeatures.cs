using Graph.Extraction.Models;
using Graph.Extraction.Tagging;

namespace Graph.Extraction.Parsing;

/// <summary>
/// The parser's feature templates. <see cref="Extract"/> gives the move features, after Zhang and Nivre (2011)
/// "Transition-based dependency parsing with rich non-local features", adapted to arc-hybrid (whose stack words
/// have no head yet, so the second stack word stands in for "head of s0"). <see cref="ExtractLabel"/> gives the
/// features that choose the label of an arc once the move is chosen: the dependent, the head, the words beside
/// them and the labels already attached to each. Words, tags and labels are hashed once per sentence; a feature
/// is a 64-bit combination of a template number and those hashes, with no strings built.
/// </summary>
internal sealed class ParserFeatures
{
    public const int MaxFeatures = 96;

    /// <summary>At most this many label features (<see cref="ExtractLabel"/>).</summary>
    public const int MaxLabelFeatures = 32;

    private static readonly ulong None = FeatureHash.Of("-NONE-");
    private static readonly ulong RootWord = FeatureHash.Of("-ROOT-");

    private ulong[] word = [];
    private ulong[] tag = [];
    private int count;

    /// <summary>Hashes the words (normalised) and their tags; index 0 is the root.</summary>
    public void Prepare(IReadOnlyList<string> words, IReadOnlyList<string> upos, IReadOnlyList<string> xpos)
    {
        var n = words.Count + 1;
        if (word.Length < n)
        {
            word = new ulong[Math.Max(n, word.Length * 2)];
            tag = new ulong[word.Length];
        }

        count = words.Count;
        word[0] = RootWord;
        tag[0] = RootWord;
        for (var i = 0; i < words.Count; i++)
        {
            word[i + 1] = WordShape.Normalized(words[i]);
            tag[i + 1] = FeatureHash.Combine(97, FeatureHash.Of(upos[i]), FeatureHash.Of(xpos[i]));
        }
    }

    private ulong W(int i) => i < 0 ? None : word[i];

    private ulong P(int i) => i < 0 ? None : tag[i];

    private static ulong L(ParseState s, int i) => i < 0 ? None : (ulong)(s.Label[i] + 7);

    private static int Child(int[] children, int i) => i < 0 ? -1 : children[i];

    public int Extract(ParseState s, Span<ulong> f)
    {
        var s0 = s.S(0);
        var s1 = s.S(1);
        var s2 = s.S(2);
        var b0 = s.B(0);
        var b1 = s.B(1);
        var b2 = s.B(2);
        var s0l = Child(s.Leftmost, s0);
        var s0r = Child(s.Rightmost, s0);
        var s0l2 = Child(s.Left2, s0);
        var s0r2 = Child(s.Right2, s0);
        var b0l = Child(s.Leftmost, b0);
        var b0l2 = Child(s.Left2, b0);
        var s1r = Child(s.Rightmost, s1);

        ulong s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1), s2p = P(s2);
        ulong b0w = W(b0), b0p = P(b0), b1w = W(b1), b1p = P(b1), b2w = W(b2), b2p = P(b2);

        // Distance between s0 and b0 (capped), and between s1 and s0.
        var d = s0 > 0 && b0 > 0 ? (ulong)Math.Min(b0 - s0, 6) : 0UL;
        var d1 = s1 > 0 && s0 > 0 ? (ulong)Math.Min(s0 - s1, 6) : 0UL;
        var s0vl = s0 >= 0 ? (ulong)s.LeftCount[s0] : 99UL;
        var s0vr = s0 >= 0 ? (ulong)s.RightCount[s0] : 99UL;
        var b0vl = b0 >= 0 ? (ulong)s.LeftCount[b0] : 99UL;
        var s0sl = s0 >= 0 ? s.LeftLabels[s0] : 1UL << 63;
        var s0sr = s0 >= 0 ? s.RightLabels[s0] : 1UL << 63;
        var b0sl = b0 >= 0 ? s.LeftLabels[b0] : 1UL << 63;

        var n = 0;
        // Single words.
        f[n++] = FeatureHash.Combine(1, s0w);
        f[n++] = FeatureHash.Combine(2, s0p);
        f[n++] = FeatureHash.Combine(3, s0w, s0p);
        f[n++] = FeatureHash.Combine(4, b0w);
        f[n++] = FeatureHash.Combine(5, b0p);
        f[n++] = FeatureHash.Combine(6, b0w, b0p);
        f[n++] = FeatureHash.Combine(7, b1w);
        f[n++] = FeatureHash.Combine(8, b1p);
        f[n++] = FeatureHash.Combine(9, b1w, b1p);
        f[n++] = FeatureHash.Combine(10, b2w);
        f[n++] = FeatureHash.Combine(11, b2p);
        f[n++] = FeatureHash.Combine(12, b2w, b2p);
        f[n++] = FeatureHash.Combine(13, s1w);
        f[n++] = FeatureHash.Combine(14, s1p);
        f[n++] = FeatureHash.Combine(15, s1w, s1p);
        f[n++] = FeatureHash.Combine(16, s2p);

        // Word pairs.
        f[n++] = FeatureHash.Combine(17, s0w, s0p, b0w, b0p);
        f[n++] = FeatureHash.Combine(18, s0w, s0p, b0w);
        f[n++] = FeatureHash.Combine(19, s0w, b0w, b0p);
        f[n++] = FeatureHash.Combine(20, s0w, s0p, b0p);
        f[n++] = FeatureHash.Combine(21, s0p, b0w, b0p);
        f[n++] = FeatureHash.Combine(22, s0w, b0w);
        f[n++] = FeatureHash.Combine(23, s0p, b0p);
        f[n++] = FeatureHash.Combine(24, b0p, b1p);
        f[n++] = FeatureHash.Combine(31, s1p, s0p);
        f[n++] = FeatureHash.Combine(32, s1w, s0w);
        f[n++] = FeatureHash.Combine(33, s1w, s1p, s0p);
        f[n++] = FeatureHash.Combine(34, s1p, s0w, s0p);

        // Three words.
        f[n++] = FeatureHash.Combine(25, b0p, b1p, b2p);
        f[n++] = FeatureHash.Combine(26, s0p, b0p, b1p);
        f[n++] = FeatureHash.Combine(27, s1p, s0p, b0p);
        f[n++] = FeatureHash.Combine(28, s0p, P(s0l), b0p);
        f[n++] = FeatureHash.Combine(29, s0p, P(s0r), b0p);
        f[n++] = FeatureHash.Combine(30, s0p, b0p, P(b0l));
        f[n++] = FeatureHash.Combine(35, s2p, s1p, s0p);
        f[n++] = FeatureHash.Combine(36, s1p, P(s1r), s0p);
        f[n++] = FeatureHash.Combine(79, s1w, s0p, b0p);
        f[n++] = FeatureHash.Combine(80, s1p, s0p, b0w);

        // Distance.
        f[n++] = FeatureHash.Combine(37, s0w, d);
        f[n++] = FeatureHash.Combine(38, s0p, d);
        f[n++] = FeatureHash.Combine(39, b0w, d);
        f[n++] = FeatureHash.Combine(40, b0p, d);
        f[n++] = FeatureHash.Combine(41, s0w, b0w, d);
        f[n++] = FeatureHash.Combine(42, s0p, b0p, d);
        f[n++] = FeatureHash.Combine(43, s1p, s0p, d1);
        f[n++] = FeatureHash.Combine(81, s1w, s0w, d1);

        // Valency.
        f[n++] = FeatureHash.Combine(44, s0w, s0vr);
        f[n++] = FeatureHash.Combine(45, s0p, s0vr);
        f[n++] = FeatureHash.Combine(46, s0w, s0vl);
        f[n++] = FeatureHash.Combine(47, s0p, s0vl);
        f[n++] = FeatureHash.Combine(48, b0w, b0vl);
        f[n++] = FeatureHash.Combine(49, b0p, b0vl);

        // Children (second order).
        f[n++] = FeatureHash.Combine(50, W(s0l));
        f[n++] = FeatureHash.Combine(51, P(s0l));
        f[n++] = FeatureHash.Combine(52, L(s, s0l));
        f[n++] = FeatureHash.Combine(53, W(s0r));
        f[n++] = FeatureHash.Combine(54, P(s0r));
        f[n++] = FeatureHash.Combine(55, L(s, s0r));
        f[n++] = FeatureHash.Combine(56, W(b0l));
        f[n++] = FeatureHash.Combine(57, P(b0l));
        f[n++] = FeatureHash.Combine(58, L(s, b0l));
        f[n++] = FeatureHash.Combine(59, P(s1r));
        f[n++] = FeatureHash.Combine(60, L(s, s1r));
        f[n++] = FeatureHash.Combine(82, s0p, L(s, s0l), L(s, s0r));
        f[n++] = FeatureHash.Combine(83, s1p, L(s, s1r), s0p);

        // Third order.
        f[n++] = FeatureHash.Combine(61, W(s0l2));
        f[n++] = FeatureHash.Combine(62, P(s0l2));
        f[n++] = FeatureHash.Combine(63, L(s, s0l2));
        f[n++] = FeatureHash.Combine(64, W(s0r2));
        f[n++] = FeatureHash.Combine(65, P(s0r2));
        f[n++] = FeatureHash.Combine(66, L(s, s0r2));
        f[n++] = FeatureHash.Combine(67, W(b0l2));
        f[n++] = FeatureHash.Combine(68, P(b0l2));
        f[n++] = FeatureHash.Combine(69, L(s, b0l2));
        f[n++] = FeatureHash.Combine(70, s0p, P(s0l), P(s0l2));
        f[n++] = FeatureHash.Combine(71, s0p, P(s0r), P(s0r2));
        f[n++] = FeatureHash.Combine(72, b0p, P(b0l), P(b0l2));

        // Label sets.
        f[n++] = FeatureHash.Combine(73, s0w, s0sr);
        f[n++] = FeatureHash.Combine(74, s0p, s0sr);
        f[n++] = FeatureHash.Combine(75, s0w, s0sl);
        f[n++] = FeatureHash.Combine(76, s0p, s0sl);
        f[n++] = FeatureHash.Combine(77, b0w, b0sl);
        f[n++] = FeatureHash.Combine(78, b0p, b0sl);
        return n;
    }

    /// <summary>
    /// Features for the label of the arc <paramref name="dependent"/> ← <paramref name="head"/> that
    /// <paramref name="move"/> (LEFT or RIGHT) is about to make. Every template carries the direction,
    /// since the same pair of tags takes different labels either way ("nsubj" to the left, "obj" to the right).
    /// </summary>
    public int ExtractLabel(ParseState s, int dependent, int head, int move, Span<ulong> f)
    {
        var d = dependent;
        var h = head;
        var dir = (ulong)move;
        ulong dw = W(d), dp = P(d), hw = W(h), hp = P(h);
        var dist = (ulong)Math.Min(Math.Abs(h - d), 6);
        var dl = Child(s.Leftmost, d);
        var dr = Child(s.Rightmost, d);
        var hl = Child(s.Leftmost, h);
        var hr = Child(s.Rightmost, h);
        var before = P(d - 1);
        var after = d + 1 <= count ? P(d + 1) : None;
        var hBefore = h > 0 ? P(h - 1) : None;
        var hAfter = h > 0 && h + 1 <= count ? P(h + 1) : None;

        var n = 0;
        f[n++] = FeatureHash.Combine(201, dir, dw);
        f[n++] = FeatureHash.Combine(202, dir, dp);
        f[n++] = FeatureHash.Combine(203, dir, dw, dp);
        f[n++] = FeatureHash.Combine(204, dir, hw);
        f[n++] = FeatureHash.Combine(205, dir, hp);
        f[n++] = FeatureHash.Combine(206, dir, hw, hp);
        f[n++] = FeatureHash.Combine(207, dir, dp, hp);
        f[n++] = FeatureHash.Combine(208, dir, dw, hp);
        f[n++] = FeatureHash.Combine(209, dir, dp, hw);
        f[n++] = FeatureHash.Combine(210, dir, dw, hw);
        f[n++] = FeatureHash.Combine(211, dir, dp, hp, dist);
        f[n++] = FeatureHash.Combine(212, dir, dp, before, after);
        f[n++] = FeatureHash.Combine(213, dir, hp, hBefore, hAfter);
        f[n++] = FeatureHash.Combine(214, dir, dp, hp, before);
        f[n++] = FeatureHash.Combine(215, dir, dp, hp, after);

        // What already hangs on the dependent: its prepositions and markers ("by" → obl:agent), its own dependents' labels.
        f[n++] = FeatureHash.Combine(216, dir, dp, W(dl));
        f[n++] = FeatureHash.Combine(217, dir, dp, L(s, dl), L(s, dr));
        f[n++] = FeatureHash.Combine(218, dir, dp, d >= 0 ? s.LeftLabels[d] : 1UL << 63);
        f[n++] = FeatureHash.Combine(219, dir, dp, d >= 0 ? s.RightLabels[d] : 1UL << 63);
        f[n++] = FeatureHash.Combine(220, dir, W(dl), hp);
        f[n++] = FeatureHash.Combine(221, dir, dw, W(dl), hw);

        // What already hangs on the head: an auxiliary "was" (aux:pass) makes the subject nsubj:pass, a first object makes a second iobj/obj.
        f[n++] = FeatureHash.Combine(222, dir, hp, h >= 0 ? s.LeftLabels[h] : 1UL << 63);
        f[n++] = FeatureHash.Combine(223, dir, hp, h >= 0 ? s.RightLabels[h] : 1UL << 63);
        f[n++] = FeatureHash.Combine(224, dir, dp, hp, h >= 0 ? s.LeftLabels[h] : 1UL << 63);
        f[n++] = FeatureHash.Combine(225, dir, dp, hp, h >= 0 ? s.RightLabels[h] : 1UL << 63);
        f[n++] = FeatureHash.Combine(226, dir, hp, L(s, hl), L(s, hr));
        f[n++] = FeatureHash.Combine(227, dir, dp, hw, W(hl));
        return n;
    }
}
