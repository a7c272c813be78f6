namespace Graph.Extraction.Parsing;

/// <summary>
/// The arc-hybrid transitions, unlabelled: SHIFT, LEFT-ARC (pop s0, its head is b0) and RIGHT-ARC (pop s0, its
/// head is s1). The parser picks a move first and a label only for an arc (see <see cref="DependencyParser"/>),
/// so a move is scored over three classes instead of one per (move, label). The root may take a dependent only
/// when the buffer is empty, and then only with the label "root", so every parse has exactly one root word.
/// Also the dynamic oracle of Goldberg and Nivre (2013): the cost of a move is the number of gold arcs it makes
/// unreachable, so training can go on from the parser's own mistakes.
/// </summary>
internal static class ArcHybrid
{
    public const int Shift = 0;
    public const int Left = 1;
    public const int Right = 2;

    /// <summary>Class names of the move model, in class order.</summary>
    public static readonly string[] MoveNames = ["SHIFT", "LEFT", "RIGHT"];

    public static bool CanShift(ParseState s) => !s.BufferEmpty;

    public static bool CanLeft(ParseState s) => !s.BufferEmpty && s.StackSize > 1;

    public static bool CanRight(ParseState s) => s.StackSize > 2 || (s.StackSize == 2 && s.BufferEmpty);

    public static bool IsLegal(ParseState s, int move) => move switch
    {
        Shift => CanShift(s),
        Left => CanLeft(s),
        _ => CanRight(s),
    };

    /// <summary>Whether the arc a RIGHT-ARC would make now is the root's (s1 is the artificial root).</summary>
    public static bool RightIsToRoot(ParseState s) => s.StackSize == 2;

    /// <summary>The head an arc move gives s0: b0 for LEFT, s1 for RIGHT.</summary>
    public static int HeadOf(ParseState s, int move) => move == Left ? s.Next : s.Stack[s.StackSize - 2];

    public static void Apply(ParseState s, int move, int label)
    {
        switch (move)
        {
            case Shift:
                s.Shift();
                break;
            case Left:
                s.LeftArc(label);
                break;
            default:
                s.RightArc(label);
                break;
        }
    }

    /// <summary>The best-scoring legal move.</summary>
    public static int BestLegal(ParseState s, ReadOnlySpan<float> scores)
    {
        var best = -1;
        var bestScore = float.NegativeInfinity;
        for (var move = Shift; move <= Right; move++)
        {
            if (IsLegal(s, move) && (best < 0 || scores[move] > bestScore))
            {
                best = move;
                bestScore = scores[move];
            }
        }

        return best;
    }

    /// <summary>
    /// Costs of SHIFT, LEFT and RIGHT against the gold heads; -1 where illegal.
    /// <paramref name="goldHead"/> is indexed by word (1..n), 0 meaning the root.
    /// </summary>
    public static (int Shift, int Left, int Right) Costs(ParseState s, int[] goldHead)
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
