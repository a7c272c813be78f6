using System.IO.Compression;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Graph.Extraction.Entities;

namespace Graph.Extraction.Models.Ner;

/// <summary>
/// A structured averaged perceptron over hashed features (<see cref="NerFeatures"/>) with IOB2 tag transitions,
/// decoded with Viterbi under the IOB2 constraint. Weights live in one flat array (bucket × tag).
/// </summary>
public sealed class NerModel
{
    private const int T = NerTags.Count;

    /// <summary>Row stride of <see cref="Weights"/>: the tags padded to 8 so that one 256-bit add scores a feature for every tag.</summary>
    internal const int Stride = 8;

    private const uint Magic = 0x4E45524D; // "NERM"

    internal NerModel(float[] weights, float[] transitions, Gazetteer gazetteer)
    {
        Weights = weights;
        Transitions = transitions;
        Gazetteer = gazetteer;
    }

    /// <summary>Feature weights, [bucket * <see cref="Stride"/> + tag]; the eighth slot of each row stays 0.</summary>
    internal float[] Weights { get; }

    /// <summary>Transition weights, [(previous + 1) * tags + next]; row 0 is the sentence start.</summary>
    internal float[] Transitions { get; }

    public Gazetteer Gazetteer { get; }

    private static readonly Lazy<NerModel> DefaultModel = new(LoadDefault);

    /// <summary>The model embedded in this assembly (Models/Ner/ner-model.bin), loaded once.</summary>
    public static NerModel Default => DefaultModel.Value;

    /// <summary>The tag of every token (indices into <see cref="NerTags.Names"/>).</summary>
    public int[] Predict(IReadOnlyList<string> tokens) => Predict(tokens, Gazetteer.Match(tokens));

    /// <summary>As <see cref="Predict(IReadOnlyList{string})"/>, given <see cref="Gazetteer"/>'s matches of <paramref name="tokens"/>.</summary>
    internal int[] Predict(IReadOnlyList<string> tokens, List<GazetteerMatch> gazetteerMatches)
    {
        var n = tokens.Count;
        if (n == 0)
        {
            return [];
        }

        var features = n * NerFeatures.PerToken <= 4096 ? stackalloc int[n * NerFeatures.PerToken] : new int[n * NerFeatures.PerToken];
        NerFeatures.Extract(tokens, gazetteerMatches, features);
        return Decode(features, n);
    }

    internal int[] Decode(ReadOnlySpan<int> features, int n)
    {
        var emissions = n * Stride <= 2048 ? stackalloc float[n * Stride] : new float[n * Stride];
        Emissions(features, n, emissions);
        return Viterbi(emissions, n, Transitions);
    }

    /// <summary>Per token, the sum of its features' weight rows (stride <see cref="Stride"/>).</summary>
    internal void Emissions(ReadOnlySpan<int> features, int n, Span<float> emissions)
    {
        ref var weights = ref MemoryMarshal.GetArrayDataReference(Weights);
        PrefetchRows(ref weights, features[..(Math.Min(n, 1) * NerFeatures.PerToken)]);
        for (var i = 0; i < n; i++)
        {
            // The rows are scattered over a 32 MB table, so nearly every one is a cache miss: ask for the next
            // token's rows while this token's are added.
            if (i + 1 < n)
            {
                PrefetchRows(ref weights, features.Slice((i + 1) * NerFeatures.PerToken, NerFeatures.PerToken));
            }

            var sum = Vector256<float>.Zero;
            foreach (var bucket in features.Slice(i * NerFeatures.PerToken, NerFeatures.PerToken))
            {
                sum += Vector256.LoadUnsafe(ref weights, (nuint)(bucket * Stride));
            }

            sum.CopyTo(emissions.Slice(i * Stride, Stride));
        }
    }

    /// <summary>A hint only: a prefetch never faults, so an address the GC has since moved costs nothing but the hint (the table is in the large-object heap, which is not compacted by default).</summary>
    private static unsafe void PrefetchRows(ref float weights, ReadOnlySpan<int> buckets)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        foreach (var bucket in buckets)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref weights, bucket * Stride)));
        }
    }

    /// <summary><see cref="NerTags.Allowed"/> as a table, [(previous + 1) * tags + next]: Viterbi asks it tags² times per token.</summary>
    private static readonly bool[] AllowedTransitions = BuildAllowedTransitions();

    private static bool[] BuildAllowedTransitions()
    {
        var allowed = new bool[(T + 1) * T];
        for (var previous = -1; previous < T; previous++)
        {
            for (var next = 0; next < T; next++)
            {
                allowed[((previous + 1) * T) + next] = NerTags.Allowed(previous, next);
            }
        }

        return allowed;
    }

    internal static int[] Viterbi(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions)
    {
        // Scratch on the stack for ordinary sentences: no arrays per sentence but the result.
        var score = n * T <= 1024 ? stackalloc float[n * T] : new float[n * T];
        var back = n * T <= 1024 ? stackalloc int[n * T] : new int[n * T];
        ReadOnlySpan<bool> allowed = AllowedTransitions;
        for (var t = 0; t < T; t++)
        {
            score[t] = allowed[t] ? transitions[t] + emissions[t] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            for (var t = 0; t < T; t++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < T; p++)
                {
                    if (!allowed[((p + 1) * T) + t])
                    {
                        continue;
                    }

                    var s = score[((i - 1) * T) + p] + transitions[((p + 1) * T) + t];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                score[(i * T) + t] = best + emissions[(i * Stride) + t];
                back[(i * T) + t] = arg;
            }
        }

        var tags = new int[n];
        var last = 0;
        for (var t = 1; t < T; t++)
        {
            if (score[((n - 1) * T) + t] > score[((n - 1) * T) + last])
            {
                last = t;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            tags[i] = last;
            last = back[(i * T) + last];
        }

        return tags;
    }

    /// <summary>Writes the model: non-zero feature rows only, as half-precision floats, gzip-compressed.</summary>
    public void Save(Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zip);
        writer.Write(Magic);
        writer.Write(NerFeatures.Buckets);
        writer.Write(T);
        foreach (var w in Transitions)
        {
            writer.Write(w);
        }

        var rows = Enumerable.Range(0, NerFeatures.Buckets).Where(b => Weights.AsSpan(b * Stride, T).ContainsAnyExcept(0f)).ToList();
        writer.Write(rows.Count);
        var previous = 0;
        foreach (var row in rows)
        {
            // Rows are stored as gaps from the previous row: small numbers compress well.
            writer.Write7BitEncodedInt(row - previous);
            previous = row;
            for (var t = 0; t < T; t++)
            {
                writer.Write((Half)Weights[(row * Stride) + t]);
            }
        }
    }

    /// <exception cref="InvalidDataException">The stream is not a model of this feature layout.</exception>
    public static NerModel Load(Stream stream, Gazetteer gazetteer)
    {
        using var zip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(zip);
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != NerFeatures.Buckets || reader.ReadInt32() != T)
        {
            throw new InvalidDataException("not an NER model of this version (magic, bucket count or tag count differ)");
        }

        var transitions = new float[(T + 1) * T];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        var weights = new float[NerFeatures.Buckets * Stride];
        var rows = reader.ReadInt32();
        var row = 0;
        for (var r = 0; r < rows; r++)
        {
            row += reader.Read7BitEncodedInt();
            for (var t = 0; t < T; t++)
            {
                weights[(row * Stride) + t] = (float)reader.ReadHalf();
            }
        }

        return new NerModel(weights, transitions, gazetteer);
    }

    private static NerModel LoadDefault()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("ner-model.bin", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("the NER model is not embedded in Graph.Extraction (Models/Ner/ner-model.bin missing at build time); train it with NerTraining.Run");
        using var stream = assembly.GetManifestResourceStream(name)!;
        return Load(stream, Gazetteer.Default);
    }
}
