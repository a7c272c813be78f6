using Graph.Extraction.Models;
using Graph.Extraction.Text;

namespace Graph.Extraction.Parsing;

/// <summary>
/// Greedy transition-based dependency parser: labelled arc-hybrid transitions scored by an
/// averaged-perceptron model with rich feature templates; Universal Dependencies relations.
/// Needs tagged tokens. Read-only after loading: one instance serves many threads.
/// </summary>
public sealed class DependencyParser
{
    internal const string Kind = "dependency-parser";
    internal const int Version = 1;

    private readonly LinearModel model;
    private readonly string[] labels;
    private readonly ArcHybrid system;
    private readonly ThreadLocal<(ParserFeatures Features, ParseState State)> scratch =
        new(() => (new ParserFeatures(), new ParseState()));

    internal DependencyParser(LinearModel model, string[] labels, IReadOnlyDictionary<string, string> metadata)
    {
        this.model = model;
        this.labels = labels;
        Metadata = metadata;
        var root = Array.IndexOf(labels, "root");
        if (root < 0)
        {
            throw new InvalidDataException("parser labels have no 'root'");
        }

        system = new ArcHybrid(labels.Length, root);
        if (model.ClassCount != system.ClassCount)
        {
            throw new InvalidDataException($"parser model has {model.ClassCount} classes; {labels.Length} labels need {system.ClassCount}");
        }
    }

    public IReadOnlyDictionary<string, string> Metadata { get; }

    public IReadOnlyList<string> Labels => labels;

    /// <summary>Sets <see cref="Token.Head"/> (-1 for the root word) and <see cref="Token.DepRel"/> of tagged tokens.</summary>
    public void Parse(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var words = new string[tokens.Count];
        var upos = new string[tokens.Count];
        var xpos = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            words[i] = tokens[i].Text;
            upos[i] = tokens[i].Upos;
            xpos[i] = tokens[i].Xpos ?? tokens[i].Upos;
        }

        var (heads, rels) = Parse(words, upos, xpos);
        for (var i = 0; i < tokens.Count; i++)
        {
            tokens[i].Head = heads[i] - 1;
            tokens[i].DepRel = rels[i];
        }
    }

    /// <summary>Heads (1-based, 0 = root, as in CoNLL-U) and relations of the words.</summary>
    public (int[] Heads, string[] Relations) Parse(IReadOnlyList<string> words, IReadOnlyList<string> upos, IReadOnlyList<string> xpos)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(upos);
        ArgumentNullException.ThrowIfNull(xpos);
        if (upos.Count != words.Count || xpos.Count != words.Count)
        {
            throw new ArgumentException("words and tags differ in number");
        }

        var (features, state) = scratch.Value;
        features.Prepare(words, upos, xpos);
        state.Reset(words.Count);
        Span<ulong> f = stackalloc ulong[ParserFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[model.ClassCount];
        while (!state.IsTerminal)
        {
            var n = features.Extract(state, f);
            scores.Clear();
            model.AddScores(f[..n], scores);
            system.Apply(state, system.BestLegal(state, scores));
        }

        var heads = new int[words.Count];
        var rels = new string[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            heads[i] = state.Head[i + 1];
            rels[i] = labels[state.Label[i + 1]];
        }

        return (heads, rels);
    }

    /// <summary>A copy without weights smaller than <paramref name="threshold"/>: a smaller file for a little accuracy.</summary>
    public DependencyParser Pruned(float threshold) => new(model.Pruned(threshold), labels, Metadata);

    public int WeightCount => model.WeightCount;

    public void Save(Stream stream) => ModelFile.Write(stream, Kind, Version, Metadata, w =>
    {
        w.Write(labels.Length);
        foreach (var l in labels)
        {
            w.Write(l);
        }

        model.Write(w);
    });

    public static DependencyParser Load(Stream stream)
    {
        var (labels, model) = ModelFile.Read(stream, Kind, Version, r =>
        {
            var n = r.ReadInt32();
            var l = new string[n];
            for (var i = 0; i < n; i++)
            {
                l[i] = r.ReadString();
            }

            return (l, LinearModel.Read(r));
        }, out var metadata);
        return new DependencyParser(model, labels, metadata);
    }
}
