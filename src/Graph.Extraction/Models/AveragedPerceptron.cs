namespace Graph.Extraction.Models;

/// <summary>
/// A multi-class averaged perceptron for training (Collins 2002; "lazy" averaging keeps an update's
/// cost proportional to the features it touches). Features are found through an open-addressing
/// table of 64-bit keys; each feature's (class, weight) entries sit in one block of flat arrays that
/// doubles when full, so scoring reads memory in sequence. Not thread-safe; <see cref="ToModel"/>
/// gives the averaged, pruned, read-only <see cref="LinearModel"/>.
/// </summary>
public sealed class AveragedPerceptron
{
    private Slot[] slots = new Slot[1 << 16];
    private int used;
    private short[] cls = new short[1 << 16];
    private float[] weight = new float[1 << 16];
    private double[] total = new double[1 << 16];
    private int[] stamp = new int[1 << 16];
    private int poolEnd;
    private int tick;

    private struct Slot
    {
        public ulong Key;
        public int Start;
        public int Count;
        public int Capacity;
    }

    public AveragedPerceptron(IReadOnlyList<string> classNames)
    {
        ArgumentNullException.ThrowIfNull(classNames);
        if (classNames.Count > short.MaxValue)
        {
            throw new ArgumentException("too many classes", nameof(classNames));
        }

        ClassNames = classNames;
    }

    public IReadOnlyList<string> ClassNames { get; }

    public int FeatureCount => used;

    /// <summary>Adds the current (not averaged) weights of the features into <paramref name="scores"/>.</summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            var s = Find(f);
            if (s < 0)
            {
                continue;
            }

            var start = slots[s].Start;
            var end = start + slots[s].Count;
            for (var e = start; e < end; e++)
            {
                scores[cls[e]] += weight[e];
            }
        }
    }

    /// <summary>Counts one training decision (call once per prediction, whether or not it was right).</summary>
    public void Tick() => tick++;

    /// <summary>Rewards <paramref name="truth"/> and penalises <paramref name="guess"/> on the features (no-op when equal).</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess)
        {
            return;
        }

        foreach (var f in features)
        {
            var s = Find(f);
            if (s < 0)
            {
                s = Insert(f);
            }

            Add(s, truth, 1f);
            Add(s, guess, -1f);
        }
    }

    private int Find(ulong key)
    {
        var mask = (ulong)slots.Length - 1;
        var s = key & mask;
        while (true)
        {
            var k = slots[s].Key;
            if (k == key)
            {
                return (int)s;
            }

            if (k == 0)
            {
                return -1;
            }

            s = (s + 1) & mask;
        }
    }

    private int Insert(ulong key)
    {
        if ((used + 1) * 2 > slots.Length)
        {
            var old = slots;
            slots = new Slot[old.Length * 2];
            foreach (var o in old)
            {
                if (o.Key != 0)
                {
                    slots[Probe(o.Key)] = o;
                }
            }
        }

        var s = Probe(key);
        slots[s] = new Slot { Key = key, Start = Allocate(2), Count = 0, Capacity = 2 };
        used++;
        return s;
    }

    private int Probe(ulong key)
    {
        var mask = (ulong)slots.Length - 1;
        var s = key & mask;
        while (slots[s].Key != 0)
        {
            s = (s + 1) & mask;
        }

        return (int)s;
    }

    private int Allocate(int size)
    {
        if (poolEnd + size > cls.Length)
        {
            var n = Math.Max(cls.Length * 2, poolEnd + size);
            Array.Resize(ref cls, n);
            Array.Resize(ref weight, n);
            Array.Resize(ref total, n);
            Array.Resize(ref stamp, n);
        }

        var start = poolEnd;
        poolEnd += size;
        return start;
    }

    private void Add(int s, int c, float delta)
    {
        ref var slot = ref slots[s];
        var e = slot.Start;
        var end = slot.Start + slot.Count;
        while (e < end && cls[e] != c)
        {
            e++;
        }

        if (e == end)
        {
            if (slot.Count == slot.Capacity)
            {
                // Move the block to a new one twice the size (the old block is left unused).
                var start = Allocate(slot.Capacity * 2);
                Array.Copy(cls, slot.Start, cls, start, slot.Count);
                Array.Copy(weight, slot.Start, weight, start, slot.Count);
                Array.Copy(total, slot.Start, total, start, slot.Count);
                Array.Copy(stamp, slot.Start, stamp, start, slot.Count);
                slot = ref slots[s];
                slot.Start = start;
                slot.Capacity *= 2;
                e = start + slot.Count;
            }

            slot.Count++;
            cls[e] = (short)c;
            weight[e] = 0;
            total[e] = 0;
            stamp[e] = tick;
        }

        total[e] += (double)(tick - stamp[e]) * weight[e];
        stamp[e] = tick;
        weight[e] += delta;
    }

    /// <summary>
    /// The averaged weights as a read-only model, leaving out weights whose magnitude is below
    /// <paramref name="pruneBelow"/> (they barely move a score and make the file large). Training may go on afterwards.
    /// </summary>
    public LinearModel ToModel(float pruneBelow)
    {
        var features = new List<(ulong, short[], float[])>(used);
        var c = new List<short>();
        var w = new List<float>();
        var ticks = Math.Max(tick, 1);
        foreach (var slot in slots)
        {
            if (slot.Key == 0)
            {
                continue;
            }

            c.Clear();
            w.Clear();
            for (var e = slot.Start; e < slot.Start + slot.Count; e++)
            {
                var avg = (float)((total[e] + ((double)(tick - stamp[e]) * weight[e])) / ticks);
                if (Math.Abs(avg) >= pruneBelow && avg != 0)
                {
                    c.Add(cls[e]);
                    w.Add(avg);
                }
            }

            if (c.Count > 0)
            {
                features.Add((slot.Key, c.ToArray(), w.ToArray()));
            }
        }

        return new LinearModel(ClassNames, features);
    }
}
