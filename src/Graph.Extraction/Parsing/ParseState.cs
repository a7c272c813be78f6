namespace Graph.Extraction.Parsing;

/// <summary>
/// A configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011):
/// a stack, a buffer (always the words from <see cref="Next"/> to the end, so a single index), and
/// the arcs built so far with the bookkeeping the features read (outermost children, valencies,
/// label sets). Words are numbered 1..n; 0 is the artificial root, at the bottom of the stack.
/// Reused across sentences to avoid allocation.
/// </summary>
internal sealed class ParseState
{
    public int Count;          // n, the number of words
    public int[] Stack = new int[64];
    public int StackSize;
    public int Next;           // first word of the buffer; Count + 1 when the buffer is empty
    public int[] Head = new int[64];
    public int[] Label = new int[64];
    public int[] Leftmost = new int[64];
    public int[] Left2 = new int[64];
    public int[] Rightmost = new int[64];
    public int[] Right2 = new int[64];
    public int[] LeftCount = new int[64];
    public int[] RightCount = new int[64];
    public ulong[] LeftLabels = new ulong[64];
    public ulong[] RightLabels = new ulong[64];
    public bool[] OnStack = new bool[64];

    public void Reset(int count)
    {
        Count = count;
        var size = count + 2;
        if (Head.Length < size)
        {
            var n = Math.Max(size, Head.Length * 2);
            Stack = new int[n];
            Head = new int[n];
            Label = new int[n];
            Leftmost = new int[n];
            Left2 = new int[n];
            Rightmost = new int[n];
            Right2 = new int[n];
            LeftCount = new int[n];
            RightCount = new int[n];
            LeftLabels = new ulong[n];
            RightLabels = new ulong[n];
            OnStack = new bool[n];
        }

        for (var i = 0; i < size; i++)
        {
            Head[i] = -1;
            Label[i] = -1;
            Leftmost[i] = Left2[i] = Rightmost[i] = Right2[i] = -1;
            LeftCount[i] = RightCount[i] = 0;
            LeftLabels[i] = RightLabels[i] = 0;
            OnStack[i] = false;
        }

        Stack[0] = 0;
        OnStack[0] = true;
        StackSize = 1;
        Next = 1;
    }

    public bool BufferEmpty => Next > Count;

    public bool IsTerminal => BufferEmpty && StackSize == 1;

    /// <summary>The i-th stack item from the top (0 = top), or -1.</summary>
    public int S(int i) => StackSize - 1 - i >= 0 ? Stack[StackSize - 1 - i] : -1;

    /// <summary>The i-th buffer word (0 = front), or -1.</summary>
    public int B(int i) => Next + i <= Count ? Next + i : -1;

    public void Shift()
    {
        OnStack[Next] = true;
        Stack[StackSize++] = Next++;
    }

    /// <summary>Pops the top of the stack and makes the front of the buffer its head.</summary>
    public void LeftArc(int label) => Attach(Pop(), Next, label);

    /// <summary>Pops the top of the stack and makes the item under it its head.</summary>
    public void RightArc(int label)
    {
        var d = Pop();
        Attach(d, Stack[StackSize - 1], label);
    }

    private int Pop()
    {
        var d = Stack[--StackSize];
        OnStack[d] = false;
        return d;
    }

    private void Attach(int d, int h, int label)
    {
        Head[d] = h;
        Label[d] = label;
        var bit = 1UL << (label & 63);
        if (d < h)
        {
            LeftCount[h]++;
            LeftLabels[h] |= bit;
            if (Leftmost[h] < 0 || d < Leftmost[h])
            {
                Left2[h] = Leftmost[h];
                Leftmost[h] = d;
            }
            else if (Left2[h] < 0 || d < Left2[h])
            {
                Left2[h] = d;
            }
        }
        else
        {
            RightCount[h]++;
            RightLabels[h] |= bit;
            if (d > Rightmost[h])
            {
                Right2[h] = Rightmost[h];
                Rightmost[h] = d;
            }
            else if (d > Right2[h])
            {
                Right2[h] = d;
            }
        }
    }
}
