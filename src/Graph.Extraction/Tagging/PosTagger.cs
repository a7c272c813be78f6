using Graph.Extraction.Models;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tagging;

/// <summary>
/// Greedy left-to-right part-of-speech tagger with an averaged-perceptron model (Collins 2002;
/// features after Ratnaparkhi 1996). Each class is a (UPOS, XPOS) pair as EWT uses them, so one
/// decision gives both tags. Frequent words that EWT always tags one way skip the model.
/// Read-only after loading: one instance serves many threads.
/// </summary>
public sealed class PosTagger
{
    internal const string Kind = "pos-tagger";
    internal const int Version = 1;

    private readonly LinearModel model;
    private readonly string[] upos;
    private readonly string[] xpos;
    private readonly Dictionary<string, int> unambiguous;

    // Per-thread scratch arrays, so tagging allocates little and threads never share state.
    private readonly ThreadLocal<TaggerFeatures> scratch;

    internal PosTagger(LinearModel model, Dictionary<string, int> unambiguous, IReadOnlyDictionary<string, string> metadata)
    {
        this.model = model;
        this.unambiguous = unambiguous;
        scratch = new ThreadLocal<TaggerFeatures>(() => new TaggerFeatures());
        Metadata = metadata;
        upos = new string[model.ClassCount];
        xpos = new string[model.ClassCount];
        for (var c = 0; c < model.ClassCount; c++)
        {
            var parts = model.ClassNames[c].Split('\t');
            upos[c] = parts[0];
            xpos[c] = parts.Length > 1 ? parts[1] : parts[0];
        }
    }

    /// <summary>What the model was trained on and how it scored.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    public int ClassCount => model.ClassCount;

    public string UposOf(int tagClass) => upos[tagClass];

    public string XposOf(int tagClass) => xpos[tagClass];

    /// <summary>Sets <see cref="Token.Upos"/> and <see cref="Token.Xpos"/> of the sentence's tokens.</summary>
    public void Tag(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var words = new string[tokens.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = tokens[i].Text;
        }

        var classes = Predict(words);
        for (var i = 0; i < words.Length; i++)
        {
            tokens[i].Upos = upos[classes[i]];
            tokens[i].Xpos = xpos[classes[i]];
        }
    }

    /// <summary>The tag class of each word (see <see cref="UposOf"/>, <see cref="XposOf"/>).</summary>
    public int[] Predict(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var features = scratch.Value!;
        features.Prepare(words);
        var result = new int[words.Count];
        Span<ulong> f = stackalloc ulong[TaggerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[model.ClassCount];
        int prev = -1, prev2 = -1;
        for (var i = 0; i < words.Count; i++)
        {
            if (!unambiguous.TryGetValue(words[i], out var best))
            {
                var n = features.Extract(i, prev, prev2, f);
                scores.Clear();
                model.AddScores(f[..n], scores);
                best = ArgMax(scores);
            }

            result[i] = best;
            prev2 = prev;
            prev = best;
        }

        return result;
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>Writes the tagger as a gzipped model file.</summary>
    public void Save(Stream stream) => ModelFile.Write(stream, Kind, Version, Metadata, w =>
    {
        model.Write(w);
        w.Write(unambiguous.Count);
        foreach (var (word, c) in unambiguous.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            w.Write7BitEncodedInt(c);
        }
    });

    /// <summary>Reads a tagger written by <see cref="Save"/>.</summary>
    public static PosTagger Load(Stream stream)
    {
        var (model, dict) = ModelFile.Read(stream, Kind, Version, r =>
        {
            var m = LinearModel.Read(r);
            var n = r.ReadInt32();
            var d = new Dictionary<string, int>(n, StringComparer.Ordinal);
            for (var i = 0; i < n; i++)
            {
                var word = r.ReadString();
                d[word] = r.Read7BitEncodedInt();
            }

            return (m, d);
        }, out var metadata);
        return new PosTagger(model, dict, metadata);
    }
}
