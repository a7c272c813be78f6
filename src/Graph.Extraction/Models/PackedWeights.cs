using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Graph.Extraction.Models;

/// <summary>
/// Weights in 16 bits that turn back into exactly the same floats, so a dense row of a linear model costs half
/// the memory traffic. Model files store weights as halves; as floats those have at most 10 significant mantissa
/// bits, and a model's weights span a few binary orders of magnitude. A code is sign (1 bit), exponent above a
/// base shared by the whole table (5 bits, 1..31) and mantissa (10 bits); code 0 is +0. Decoding is integer
/// arithmetic that vector instructions do eight at a time (there is no half-precision conversion in .NET's intrinsics).
/// </summary>
internal static class PackedWeights
{
    private const uint MantissaBits = 13; // float mantissa bits a code drops (they must be zero)

    /// <summary>The codes of <paramref name="weights"/>, if every one decodes back to the same bits.</summary>
    public static bool TryPack(ReadOnlySpan<float> weights, out ushort[] codes, out uint exponentBase)
    {
        codes = [];
        exponentBase = 0;
        int min = int.MaxValue, max = int.MinValue;
        foreach (var w in weights)
        {
            if (w != 0)
            {
                var e = (int)((BitConverter.SingleToUInt32Bits(w) >> 23) & 0xFF);
                min = Math.Min(min, e);
                max = Math.Max(max, e);
            }
        }

        if (weights.Length == 0 || (min <= max && max - (min - 1) > 31))
        {
            return false;
        }

        var baseExponent = min <= max ? (uint)(min - 1) : 0;
        var packed = new ushort[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            var bits = BitConverter.SingleToUInt32Bits(weights[i]);
            if (bits != 0)
            {
                var magnitude = bits & 0x7FFFFFFF;
                if ((magnitude & ((1u << (int)MantissaBits) - 1)) != 0)
                {
                    return false;
                }

                // (exponent - base) in bits 10..14, mantissa's top 10 bits in 0..9: a subtraction does both.
                packed[i] = (ushort)(((bits >> 31) << 15) | ((magnitude - (baseExponent << 23)) >> (int)MantissaBits));
            }

            if (BitConverter.SingleToUInt32Bits(Unpack(packed[i], baseExponent << 23)) != bits)
            {
                return false; // -0, or a weight the code cannot hold
            }
        }

        codes = packed;
        exponentBase = baseExponent << 23;
        return true;
    }

    /// <summary>The float of one code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Unpack(ushort code, uint exponentBase)
    {
        var magnitude = (uint)code & 0x7FFF;
        var bits = magnitude == 0 ? 0 : (magnitude << (int)MantissaBits) + exponentBase;
        return BitConverter.UInt32BitsToSingle(bits | ((uint)(code & 0x8000) << 16));
    }

    /// <summary>score[0..n) += the weights of codes row[0..n), eight at a time where the CPU can.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddRow(ref float score, ref ushort row, int n, uint exponentBase)
    {
        var c = 0;
        if (Avx2.IsSupported)
        {
            var low15 = Vector256.Create(0x7FFFu);
            var sign = Vector256.Create(0x8000u);
            var baseBits = Vector256.Create(exponentBase);
            for (; c <= n - 8; c += 8)
            {
                var codes = Avx2.ConvertToVector256Int32(Vector128.LoadUnsafe(ref row, (nuint)c)).AsUInt32();
                var magnitude = codes & low15;
                var bits = Vector256.AndNot((magnitude << (int)MantissaBits) + baseBits, Vector256.Equals(magnitude, Vector256<uint>.Zero));
                bits |= (codes & sign) << 16;
                (Vector256.LoadUnsafe(ref score, (nuint)c) + bits.AsSingle()).StoreUnsafe(ref score, (nuint)c);
            }
        }

        for (; c < n; c++)
        {
            Unsafe.Add(ref score, c) += Unpack(Unsafe.Add(ref row, c), exponentBase);
        }
    }
}
