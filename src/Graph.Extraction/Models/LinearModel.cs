
namespace Graph.Extraction.Models;

/// <summary>
/// A trained linear classifier, read-only: hashed features → sparse per-class weights. Lookups go
/// through an open-addressing table of 64-bit keys; each feature's weights lie side by side, so
/// scoring touches a few arrays and allocates nothing. Safe to use from many threads at once.
/// </summary>
public sealed class LinearModel
{
    // Slot and entry are structs so that a lookup touches one cache line for the key and its range,
    // and the weights of a feature are read in one sequential sweep.
    private readonly Slot[] slots;     // open addressing; Key 0 = empty
    private readonly Entry[] entries;  // per feature, its (class, weight) pairs side by side
    private readonly ulong mask;
    private readonly int featureCount;

    private struct Slot
    {
        public ulong Key;
        public int Start;
        public int Count;
    }

    private struct Entry
    {
        public float Weight;
        public int Class;
    }

    /// <summary>Builds the table from per-feature (class, weight) lists.</summary>
    internal LinearModel(IReadOnlyList<string> classNames, IReadOnlyList<(ulong Key, short[] Classes, float[] Weights)> features)
    {
        ClassNames = classNames;
        var size = 1;
        while (size < features.Count * 2 + 2)
        {
            size <<= 1;
        }

        mask = (ulong)size - 1;
        slots = new Slot[size];

        // Keys are folded to 32 bits (feature hashing): the file stores small key gaps, and the rare
        // features that fold together simply share their weights.
        var merged = new Dictionary<ulong, Dictionary<int, float>>(features.Count);
        foreach (var (key, cls, w) in features)
        {
            var k = Fold(key);
            if (!merged.TryGetValue(k, out var byClass))
            {
                merged[k] = byClass = new Dictionary<int, float>(cls.Length);
            }

            for (var e = 0; e < cls.Length; e++)
            {
                byClass[cls[e]] = byClass.GetValueOrDefault(cls[e]) + w[e];
            }
        }

        featureCount = merged.Count;
        entries = new Entry[merged.Values.Sum(m => m.Count)];
        var at = 0;
        foreach (var (key, byClass) in merged.OrderBy(p => p.Key))
        {
            var start = at;
            foreach (var (c, w) in byClass.OrderBy(p => p.Key))
            {
                entries[at++] = new Entry { Class = c, Weight = w };
            }

            var slot = key & mask;
            while (slots[slot].Key != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = new Slot { Key = key, Start = start, Count = at - start };
        }
    }

    /// <summary>The 32-bit form of a feature key that the table stores (never 0, the empty mark).</summary>
    private static ulong Fold(ulong key)
    {
        var k = (key ^ (key >> 32)) & 0xFFFFFFFFUL;
        return k == 0 ? 1 : k;
    }

    public IReadOnlyList<string> ClassNames { get; }

    public int ClassCount => ClassNames.Count;

    public int FeatureCount => featureCount;

    public int WeightCount => entries.Length;

    /// <summary>Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (not cleared first).</summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var slotArray = slots;
        var entryArray = entries;
        foreach (var feature in features)
        {
            var key = Fold(feature);
            var slot = key & mask;
            while (true)
            {
                ref readonly var s = ref slotArray[slot];
                if (s.Key == key)
                {
                    var end = s.Start + s.Count;
                    for (var e = s.Start; e < end; e++)
                    {
                        scores[entryArray[e].Class] += entryArray[e].Weight;
                    }

                    break;
                }

                if (s.Key == 0)
                {
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }
    }

    /// <summary>A copy without the weights whose magnitude is below <paramref name="threshold"/> (features left with none are dropped).</summary>
    public LinearModel Pruned(float threshold)
    {
        var features = new List<(ulong, short[], float[])>(featureCount);
        foreach (var slot in slots.Where(x => x.Key != 0).OrderBy(x => x.Key))
        {
            var kept = entries.AsSpan(slot.Start, slot.Count).ToArray().Where(e => Math.Abs(e.Weight) >= threshold).ToArray();
            if (kept.Length > 0)
            {
                features.Add((slot.Key, kept.Select(e => (short)e.Class).ToArray(), kept.Select(e => e.Weight).ToArray()));
            }
        }

        return new LinearModel(ClassNames, features);
    }

    /// <summary>Writes the model: class names, then per feature (in key order) its key gap and its (class, weight) pairs, weights as halves.</summary>
    public void Write(BinaryWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.Write(ClassNames.Count);
        foreach (var c in ClassNames)
        {
            w.Write(c);
        }

        var used = slots.Where(x => x.Key != 0).OrderBy(x => x.Key).ToArray();
        w.Write(used.Length);

        // Features in key order so the file does not depend on hash-table layout; key gaps compress well.
        var previous = 0UL;
        foreach (var slot in used)
        {
            w.Write7BitEncodedInt64((long)(slot.Key - previous));
            previous = slot.Key;
            w.Write7BitEncodedInt(slot.Count);
            for (var e = slot.Start; e < slot.Start + slot.Count; e++)
            {
                w.Write7BitEncodedInt(entries[e].Class);
                w.Write(BitConverter.HalfToInt16Bits((Half)entries[e].Weight));
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>; throws <see cref="InvalidDataException"/> naming what is wrong.</summary>
    public static LinearModel Read(BinaryReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var classCount = r.ReadInt32();
        if (classCount <= 0 || classCount > short.MaxValue)
        {
            throw new InvalidDataException($"linear model has {classCount} classes");
        }

        var names = new string[classCount];
        for (var i = 0; i < classCount; i++)
        {
            names[i] = r.ReadString();
        }

        var n = r.ReadInt32();
        var features = new List<(ulong, short[], float[])>(n);
        var key = 0UL;
        for (var j = 0; j < n; j++)
        {
            key += (ulong)r.Read7BitEncodedInt64();
            var count = r.Read7BitEncodedInt();
            var cls = new short[count];
            var w = new float[count];
            for (var e = 0; e < count; e++)
            {
                var c = r.Read7BitEncodedInt();
                if (c < 0 || c >= classCount)
                {
                    throw new InvalidDataException($"feature {j} names class {c} of {classCount}");
                }

                cls[e] = (short)c;
                w[e] = (float)BitConverter.Int16BitsToHalf(r.ReadInt16());
            }

            features.Add((key, cls, w));
        }

        return new LinearModel(names, features);
    }
}
