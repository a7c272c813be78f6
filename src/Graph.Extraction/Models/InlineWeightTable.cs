using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Graph.Extraction.Models;

/// <summary>
/// The scoring index of a linear model with exactly <see cref="Classes"/> classes (the parser's move model:
/// SHIFT, LEFT, RIGHT): an open-addressing table whose 16-byte slot holds the feature's key and its weights
/// themselves, so a look-up reads one cache line and nothing else. A class a feature has no weight for holds +0,
/// and adding +0 changes no score, so the sums are bit for bit those of the sparse form.
/// </summary>
internal sealed class InlineWeightTable
{
    public const int Classes = 3;

    private readonly Slot[] slots; // Key 0 = empty
    private readonly uint mask;

    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public uint Key;
        public float W0;
        public float W1;
        public float W2;
    }

    /// <param name="keys">Distinct non-zero 32-bit keys.</param>
    /// <param name="weightsOf">Writes feature <c>f</c>'s weight per class into the span (left zero where it has none).</param>
    public InlineWeightTable(ReadOnlySpan<uint> keys, Action<int, Span<float>> weightsOf)
    {
        var size = 1;
        while (size < keys.Length + (keys.Length / 2) + 2)
        {
            size <<= 1;
        }

        mask = (uint)size - 1;
        slots = new Slot[size];
        Span<float> w = stackalloc float[Classes];
        for (var f = 0; f < keys.Length; f++)
        {
            w.Clear();
            weightsOf(f, w);
            var slot = keys[f] & mask;
            while (slots[slot].Key != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = new Slot { Key = keys[f], W0 = w[0], W1 = w[1], W2 = w[2] };
        }
    }

    /// <summary>Adds the weights of the features (32-bit keys, see <see cref="LinearModel"/>) into the three scores.</summary>
    public unsafe void AddScores(ReadOnlySpan<uint> keys, Span<float> scores)
    {
        var table = slots;
        fixed (Slot* p = table)
        {
            // Every slot is asked for before any is read, so the cache misses overlap instead of queueing.
            if (Sse.IsSupported)
            {
                foreach (var key in keys)
                {
                    Sse.Prefetch0(p + (key & mask));
                }
            }

            // Three running sums in registers, each taking its weights in feature order (as the sparse sum does).
            float s0 = scores[0], s1 = scores[1], s2 = scores[2];
            foreach (var key in keys)
            {
                var slot = key & mask;
                while (true)
                {
                    ref readonly var s = ref p[slot];
                    if (s.Key == key)
                    {
                        s0 += s.W0;
                        s1 += s.W1;
                        s2 += s.W2;
                        break;
                    }

                    if (s.Key == 0)
                    {
                        break;
                    }

                    slot = (slot + 1) & mask;
                }
            }

            scores[0] = s0;
            scores[1] = s1;
            scores[2] = s2;
        }
    }

    /// <summary>Bytes the table holds (for reports).</summary>
    public long Bytes => (long)slots.Length * Unsafe.SizeOf<Slot>();
}
