using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Graph.Extraction.Models;

/// <summary>
/// A trained linear classifier, read-only: hashed features → sparse per-class weights. Scoring looks each
/// feature up in an open-addressing table of 32-bit keys and adds its weights; it allocates nothing and is
/// safe to use from many threads at once.
/// </summary>
/// <remarks>
/// Two forms of the same weights. The canonical form (features in key order, each with its run of
/// (class, weight) pairs in class order) is what the file holds and what <see cref="Write"/> and
/// <see cref="Pruned"/> read. Scoring uses an index built from it: the hash table's slot says where a
/// feature's weights are, either its sparse run or, for a feature with at least <see cref="DenseFrom"/>
/// classes, a dense row of one weight per class (zero where it has none) that is added with vector
/// instructions. The features that fire most carry weights for many classes (a parser transition's
/// features touch about 29 classes each on average), so dense rows turn most of the work into a few
/// wide additions. A model with exactly three classes (the parser's moves) keeps each feature's weights in its
/// hash slot instead (<see cref="InlineWeightTable"/>), so a look-up reads one cache line. Every class's score
/// is still the sum of its weights in the order of the features given, and adding a zero changes no float, so
/// the scores are bit for bit those of a plain sparse sum.
/// </remarks>
public sealed class LinearModel
{
    /// <summary>Features with at least this many classes are scored from a dense row.</summary>
    internal const int DenseFrom = 12;

    private const uint DenseMark = 0xFF; // in a slot's low byte: the rest is a dense row number
    private const int MaxRunStart = (1 << 24) - 1;

    // Canonical form.
    private readonly uint[] featureKeys;   // ascending, never 0
    private readonly int[] runStarts;      // feature f's pairs are entries[runStarts[f] .. runStarts[f + 1])
    private readonly Entry[] entries;

    // Scoring index.
    private readonly Slot[] slots;         // open addressing; Key 0 = empty
    private readonly float[] denseRows;    // rows of ClassCount weights; empty when packedRows holds them
    private readonly ushort[] packedRows;  // the same rows in 16 bits (see PackedWeights), when every weight fits
    private readonly uint packedBase;
    private readonly uint mask;
    private readonly InlineWeightTable? inline; // instead of slots and rows, for a three-class model

    /// <summary>One slot in 8 bytes: a look-up touches one cache line, and eight slots share it.</summary>
    private struct Slot
    {
        public uint Key;
        public uint Run;   // low byte: the pair count, or DenseMark; high 24 bits: the first pair, or the dense row
    }

    private struct Entry
    {
        public float Weight;
        public int Class;
    }

    /// <summary>Builds the model from per-feature (class, weight) lists, in any order; features whose keys fold together are summed.</summary>
    internal LinearModel(IReadOnlyList<string> classNames, IReadOnlyList<(ulong Key, short[] Classes, float[] Weights)> features)
        : this(classNames, Canonical(features))
    {
    }

    private LinearModel(IReadOnlyList<string> classNames, (uint[] Keys, int[] RunStarts, Entry[] Entries) canonical)
    {
        ClassNames = classNames;
        (featureKeys, runStarts, entries) = canonical;
        if (entries.Length > MaxRunStart)
        {
            throw new InvalidDataException($"linear model has {entries.Length:N0} weights; the table holds at most {MaxRunStart:N0}");
        }

        if (classNames.Count == InlineWeightTable.Classes)
        {
            inline = new InlineWeightTable(featureKeys, (f, weights) =>
            {
                for (var e = runStarts[f]; e < runStarts[f + 1]; e++)
                {
                    weights[entries[e].Class] = entries[e].Weight;
                }
            });
            slots = [];
            denseRows = [];
            packedRows = [];
            return;
        }

        var size = 1;
        while (size < featureKeys.Length + (featureKeys.Length / 2) + 2)
        {
            size <<= 1;
        }

        mask = (uint)size - 1;
        slots = new Slot[size];

        var denseCount = 0;
        for (var f = 0; f < featureKeys.Length; f++)
        {
            denseCount += RunLength(f) >= DenseFrom ? 1 : 0;
        }

        var rows = new float[denseCount * classNames.Count];
        var row = 0;
        for (var f = 0; f < featureKeys.Length; f++)
        {
            uint run;
            var count = RunLength(f);
            if (count >= DenseFrom || count >= DenseMark)
            {
                var at = row * classNames.Count;
                for (var e = runStarts[f]; e < runStarts[f + 1]; e++)
                {
                    rows[at + entries[e].Class] = entries[e].Weight;
                }

                run = ((uint)row++ << 8) | DenseMark;
            }
            else
            {
                run = ((uint)runStarts[f] << 8) | (uint)count;
            }

            var key = featureKeys[f];
            var slot = key & mask;
            while (slots[slot].Key != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = new Slot { Key = key, Run = run };
        }

        // Half the bytes per row when every weight survives the 16-bit form exactly (weights read from a file,
        // which stores halves); a model fresh from training keeps float rows.
        if (PackedWeights.TryPack(rows, out packedRows, out packedBase))
        {
            denseRows = [];
        }
        else
        {
            packedRows = [];
            denseRows = rows;
        }
    }

    private int RunLength(int feature) => runStarts[feature + 1] - runStarts[feature];

    /// <summary>Folds keys to 32 bits, sums what folds together, and sorts keys and each feature's classes.</summary>
    private static (uint[], int[], Entry[]) Canonical(IReadOnlyList<(ulong Key, short[] Classes, float[] Weights)> features)
    {
        // Keys are folded to 32 bits (feature hashing): the file stores small key gaps, and the rare
        // features that fold together simply share their weights.
        var merged = new Dictionary<uint, Dictionary<int, float>>(features.Count);
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

        var keys = new uint[merged.Count];
        var starts = new int[merged.Count + 1];
        var pairs = new Entry[merged.Values.Sum(m => m.Count)];
        var f = 0;
        var at = 0;
        foreach (var (key, byClass) in merged.OrderBy(p => p.Key))
        {
            keys[f] = key;
            starts[f++] = at;
            foreach (var (c, w) in byClass.OrderBy(p => p.Key))
            {
                pairs[at++] = new Entry { Class = c, Weight = w };
            }
        }

        starts[f] = at;
        return (keys, starts, pairs);
    }

    /// <summary>The 32-bit form of a feature key that the table stores (never 0, the empty mark).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fold(ulong key)
    {
        var k = (uint)(key ^ (key >> 32));
        return k == 0 ? 1 : k;
    }

    public IReadOnlyList<string> ClassNames { get; }

    public int ClassCount => ClassNames.Count;

    public int FeatureCount => featureKeys.Length;

    public int WeightCount => entries.Length;

    /// <summary>Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (not cleared first; at least <see cref="ClassCount"/> long).</summary>
    public unsafe void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var classCount = ClassNames.Count;
        if (scores.Length < classCount)
        {
            throw new ArgumentException($"{scores.Length} scores for {classCount} classes", nameof(scores));
        }

        if (inline is not null)
        {
            Span<uint> keys = features.Length <= 256 ? stackalloc uint[features.Length] : new uint[features.Length];
            for (var i = 0; i < features.Length; i++)
            {
                keys[i] = Fold(features[i]);
            }

            inline.AddScores(keys, scores);
            return;
        }

        var slotArray = slots;

        // The table is far larger than the cache, so each look-up is a memory stall. Ask for every
        // feature's slot first, then read them: the stalls overlap instead of queueing.
        if (Sse.IsSupported)
        {
            fixed (Slot* p = slotArray)
            {
                foreach (var feature in features)
                {
                    Sse.Prefetch0(p + (Fold(feature) & mask));
                }
            }
        }

        // Then find each feature's weights, ask for them, and only then add them up.
        Span<uint> runs = features.Length <= 256 ? stackalloc uint[features.Length] : new uint[features.Length];
        var found = 0;
        foreach (var feature in features)
        {
            var key = Fold(feature);
            var slot = key & mask;
            while (true)
            {
                ref readonly var s = ref slotArray[slot];
                if (s.Key == key)
                {
                    runs[found++] = s.Run;
                    break;
                }

                if (s.Key == 0)
                {
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }

        if (Sse.IsSupported)
        {
            fixed (Entry* pairs = entries)
            fixed (float* rows = denseRows)
            fixed (ushort* packed = packedRows)
            {
                var rowBytes = packedRows.Length > 0 ? classCount * sizeof(ushort) : classCount * sizeof(float);
                var rowData = packedRows.Length > 0 ? (byte*)packed : (byte*)rows;
                for (var k = 0; k < found; k++)
                {
                    var run = runs[k];
                    if ((run & 0xFF) == DenseMark)
                    {
                        var row = rowData + ((long)(run >> 8) * rowBytes);
                        for (var line = 0; line < rowBytes; line += 64)
                        {
                            Sse.Prefetch0(row + line);
                        }
                    }
                    else
                    {
                        Sse.Prefetch0(pairs + (run >> 8));
                    }
                }
            }
        }

        ref var score = ref MemoryMarshal.GetReference(scores);
        for (var k = 0; k < found; k++)
        {
            var run = runs[k];
            if ((run & 0xFF) == DenseMark)
            {
                if (packedRows.Length > 0)
                {
                    PackedWeights.AddRow(ref score, ref packedRows[(int)(run >> 8) * classCount], classCount, packedBase);
                }
                else
                {
                    AddRow(ref score, ref denseRows[(int)(run >> 8) * classCount], classCount);
                }
            }
            else
            {
                var start = (int)(run >> 8);
                var end = start + (int)(run & 0xFF);
                for (var e = start; e < end; e++)
                {
                    Unsafe.Add(ref score, entries[e].Class) += entries[e].Weight;
                }
            }
        }
    }

    /// <summary>score[0..n) += row[0..n), eight or sixteen classes at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddRow(ref float score, ref float row, int n)
    {
        var c = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; c <= n - Vector256<float>.Count; c += Vector256<float>.Count)
            {
                (Vector256.LoadUnsafe(ref score, (nuint)c) + Vector256.LoadUnsafe(ref row, (nuint)c)).StoreUnsafe(ref score, (nuint)c);
            }
        }

        for (; c < n; c++)
        {
            Unsafe.Add(ref score, c) += Unsafe.Add(ref row, c);
        }
    }

    /// <summary>A copy without the weights whose magnitude is below <paramref name="threshold"/> (features left with none are dropped).</summary>
    public LinearModel Pruned(float threshold)
    {
        var keys = new List<uint>(featureKeys.Length);
        var starts = new List<int>(featureKeys.Length + 1);
        var kept = new List<Entry>(entries.Length);
        for (var f = 0; f < featureKeys.Length; f++)
        {
            var start = kept.Count;
            for (var e = runStarts[f]; e < runStarts[f + 1]; e++)
            {
                if (Math.Abs(entries[e].Weight) >= threshold)
                {
                    kept.Add(entries[e]);
                }
            }

            if (kept.Count > start)
            {
                keys.Add(featureKeys[f]);
                starts.Add(start);
            }
        }

        starts.Add(kept.Count);
        return new LinearModel(ClassNames, ([.. keys], [.. starts], [.. kept]));
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

        w.Write(featureKeys.Length);

        // Features in key order so the file does not depend on hash-table layout; key gaps compress well.
        var previous = 0UL;
        for (var f = 0; f < featureKeys.Length; f++)
        {
            w.Write7BitEncodedInt64((long)(featureKeys[f] - previous));
            previous = featureKeys[f];
            w.Write7BitEncodedInt(RunLength(f));
            for (var e = runStarts[f]; e < runStarts[f + 1]; e++)
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
        if (n < 0)
        {
            throw new InvalidDataException($"linear model has {n} features");
        }

        // Straight into the canonical arrays: what Write produces (ascending 32-bit keys, ascending classes) needs
        // no sorting or merging, which is what made loading slow. Anything else goes the general way.
        var keys = new ulong[n];
        var starts = new int[n + 1];
        var pairs = new List<Entry>(n * 2);
        var canonical = true;
        var key = 0UL;
        for (var j = 0; j < n; j++)
        {
            var gap = (ulong)r.Read7BitEncodedInt64();
            key += gap;
            keys[j] = key;
            canonical &= (gap > 0 || j == 0) && key is > 0 and <= uint.MaxValue;
            starts[j] = pairs.Count;
            var count = r.Read7BitEncodedInt();
            var previousClass = -1;
            for (var e = 0; e < count; e++)
            {
                var c = r.Read7BitEncodedInt();
                if (c < 0 || c >= classCount)
                {
                    throw new InvalidDataException($"feature {j} names class {c} of {classCount}");
                }

                canonical &= c > previousClass;
                previousClass = c;
                pairs.Add(new Entry { Class = c, Weight = (float)BitConverter.Int16BitsToHalf(r.ReadInt16()) });
            }
        }

        starts[n] = pairs.Count;
        var all = CollectionsMarshal.AsSpan(pairs);
        if (canonical)
        {
            return new LinearModel(names, (Array.ConvertAll(keys, k => (uint)k), starts, all.ToArray()));
        }

        var features = new List<(ulong, short[], float[])>(n);
        for (var j = 0; j < n; j++)
        {
            var run = all[starts[j]..starts[j + 1]];
            var cls = new short[run.Length];
            var w = new float[run.Length];
            for (var e = 0; e < run.Length; e++)
            {
                cls[e] = (short)run[e].Class;
                w[e] = run[e].Weight;
            }

            features.Add((keys[j], cls, w));
        }

        return new LinearModel(names, features);
    }
}
