namespace Graph.Extraction.Parsing;

/// <summary>
/// The labelled arc-hybrid transitions as classifier classes: 0 = SHIFT, 1 + l = LEFT-ARC with
/// label l, 1 + L + l = RIGHT-ARC with label l. The root may take a dependent only when the buffer is
/// empty, and then only with the label "root", so every parse has exactly one root word.
/// Also the dynamic oracle of Goldberg and Nivre (2013): the cost of a transition is the number of
/// gold arcs it makes unreachable, so training can go on from the parser's own mistakes.
/// </summary>
internal sealed class ArcHybrid(int labelCount, int rootLabel)
{
    public const int ShiftClass = 0;

    public int LabelCount { get; } = labelCount;

    public int RootLabel { get; } = rootLabel;

    public int ClassCount => 1 + (2 * LabelCount);

    public static bool IsShift(int c) => c == ShiftClass;

    public bool IsLeft(int c) => c >= 1 && c <= LabelCount;

    public int LabelOf(int c) => c <= LabelCount ? c - 1 : c - 1 - LabelCount;

    public int LeftClass(int label) => 1 + label;

    public int RightClass(int label) => 1 + LabelCount + label;

    public bool CanShift(ParseState s) => !s.BufferEmpty;

    public static bool CanLeft(ParseState s) => !s.BufferEmpty && s.StackSize > 1;

    public static bool CanRight(ParseState s) => s.StackSize > 2 || (s.StackSize == 2 && s.BufferEmpty);

    /// <summary>Whether class <paramref name="c"/> may be applied now.</summary>
    public bool IsLegal(ParseState s, int c)
    {
        if (c == ShiftClass)
        {
            return CanShift(s);
        }

        var label = LabelOf(c);
        if (IsLeft(c))
        {
            return CanLeft(s) && label != RootLabel;
        }

        if (!CanRight(s))
        {
            return false;
        }

        var toRoot = s.StackSize == 2;
        return toRoot == (label == RootLabel);
    }

    public void Apply(ParseState s, int c)
    {
        if (c == ShiftClass)
        {
            s.Shift();
        }
        else if (IsLeft(c))
        {
            s.LeftArc(LabelOf(c));
        }
        else
        {
            s.RightArc(LabelOf(c));
        }
    }

    /// <summary>The best-scoring legal class.</summary>
    public int BestLegal(ParseState s, ReadOnlySpan<float> scores)
    {
        var best = -1;
        var bestScore = float.NegativeInfinity;
        if (CanShift(s))
        {
            best = ShiftClass;
            bestScore = scores[ShiftClass];
        }

        if (CanLeft(s))
        {
            for (var l = 0; l < LabelCount; l++)
            {
                var c = 1 + l;
                if (l != RootLabel && scores[c] > bestScore)
                {
                    best = c;
                    bestScore = scores[c];
                }
            }
        }

        if (CanRight(s))
        {
            if (s.StackSize == 2)
            {
                var c = RightClass(RootLabel);
                if (best < 0 || scores[c] > bestScore)
                {
                    best = c;
                }
            }
            else
            {
                for (var l = 0; l < LabelCount; l++)
                {
                    var c = 1 + LabelCount + l;
                    if (l != RootLabel && scores[c] > bestScore)
                    {
                        best = c;
                        bestScore = scores[c];
                    }
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Costs of SHIFT, LEFT and RIGHT (unlabelled) against the gold heads; -1 where illegal.
    /// <paramref name="goldHead"/> is indexed by word (1..n), 0 meaning the root.
    /// </summary>
    public (int Shift, int Left, int Right) Costs(ParseState s, int[] goldHead)
    {
        var shift = -1;
        var left = -1;
        var right = -1;
        var s0 = s.S(0);
        var s1 = s.S(1);
        var b0 = s.B(0);
        if (CanShift(s))
        {
            // b0 goes onto the stack: it can no longer take a head below s0 on the stack, nor dependents on the stack.
            shift = 0;
            if (goldHead[b0] >= 0 && goldHead[b0] != s0 && s.OnStack[goldHead[b0]])
            {
                shift++;
            }

            for (var i = 0; i < s.StackSize; i++)
            {
                if (s.Stack[i] != 0 && goldHead[s.Stack[i]] == b0)
                {
                    shift++;
                }
            }
        }

        if (s0 > 0)
        {
            // s0 leaves the stack: it can no longer take dependents from the buffer.
            var dependentsInBuffer = 0;
            for (var k = s.Next; k <= s.Count; k++)
            {
                if (goldHead[k] == s0)
                {
                    dependentsInBuffer++;
                }
            }

            var h = goldHead[s0];
            var headInBuffer = h >= s.Next;
            if (CanLeft(s))
            {
                left = dependentsInBuffer + ((h == s1) || (headInBuffer && h != b0) ? 1 : 0);
            }

            if (CanRight(s))
            {
                right = dependentsInBuffer + (headInBuffer ? 1 : 0);
            }
        }

        return (shift, left, right);
    }
}
