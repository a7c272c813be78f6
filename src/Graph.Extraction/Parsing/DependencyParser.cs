using Graph.Extraction.Models;
using Graph.Extraction.Text;

namespace Graph.Extraction.Parsing;

/// <summary>
/// Greedy transition-based dependency parser, Universal Dependencies relations, in two decisions per step: a move
/// model picks SHIFT, LEFT-ARC or RIGHT-ARC (arc-hybrid) from rich feature templates, and only when the move makes
/// an arc does a label model pick the arc's relation from features of its two ends. Scoring three moves and then
/// one label costs far less than scoring every (move, label) pair at every step. Needs tagged tokens. Read-only
/// after loading: one instance serves many threads.
/// </summary>
public sealed class DependencyParser
{
    internal const string Kind = "dependency-parser";
    internal const int Version = 2;

    private readonly LinearModel moves;
    private readonly LinearModel labelModel;
    private readonly string[] labels;
    private readonly int rootLabel;
    private readonly ThreadLocal<(ParserFeatures Features, ParseState State)> scratch =
        new(() => (new ParserFeatures(), new ParseState()));

    internal DependencyParser(LinearModel moves, LinearModel labelModel, string[] labels, IReadOnlyDictionary<string, string> metadata)
    {
        this.moves = moves;
        this.labelModel = labelModel;
        this.labels = labels;
        Metadata = metadata;
        rootLabel = Array.IndexOf(labels, "root");
        if (rootLabel < 0)
        {
            throw new InvalidDataException("parser labels have no 'root'");
        }

        if (moves.ClassCount != ArcHybrid.MoveNames.Length)
        {
            throw new InvalidDataException($"parser move model has {moves.ClassCount} classes; arc-hybrid has {ArcHybrid.MoveNames.Length} moves");
        }

        if (labelModel.ClassCount != labels.Length)
        {
            throw new InvalidDataException($"parser label model has {labelModel.ClassCount} classes for {labels.Length} labels");
        }
    }

    public IReadOnlyDictionary<string, string> Metadata { get; }

    public IReadOnlyList<string> Labels => labels;

    internal int RootLabel => rootLabel;

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
        Span<float> moveScores = stackalloc float[ArcHybrid.MoveNames.Length];
        Span<float> labelScores = stackalloc float[labels.Length];
        while (!state.IsTerminal)
        {
            var n = features.Extract(state, f);
            moveScores.Clear();
            moves.AddScores(f[..n], moveScores);
            var move = ArcHybrid.BestLegal(state, moveScores);
            ArcHybrid.Apply(state, move, move == ArcHybrid.Shift ? -1 : Label(features, state, move, f, labelScores));
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

    /// <summary>The label of the arc <paramref name="move"/> makes: "root" for the root's one dependent, else the label model's best.</summary>
    internal int Label(ParserFeatures features, ParseState state, int move, Span<ulong> f, Span<float> scores)
    {
        if (move == ArcHybrid.Right && ArcHybrid.RightIsToRoot(state))
        {
            return rootLabel;
        }

        var n = features.ExtractLabel(state, state.S(0), ArcHybrid.HeadOf(state, move), move, f);
        scores.Clear();
        labelModel.AddScores(f[..n], scores);
        return BestLabel(scores, rootLabel);
    }

    /// <summary>The best-scoring label other than "root" (which only the root's arc takes).</summary>
    internal static int BestLabel(ReadOnlySpan<float> scores, int rootLabel)
    {
        var best = -1;
        var bestScore = float.NegativeInfinity;
        for (var l = 0; l < scores.Length; l++)
        {
            if (l != rootLabel && (best < 0 || scores[l] > bestScore))
            {
                best = l;
                bestScore = scores[l];
            }
        }

        return best;
    }

    /// <summary>A copy without weights smaller than <paramref name="threshold"/>: a smaller file for a little accuracy.</summary>
    public DependencyParser Pruned(float threshold) => new(moves.Pruned(threshold), labelModel.Pruned(threshold), labels, Metadata);

    public int WeightCount => moves.WeightCount + labelModel.WeightCount;

    public void Save(Stream stream) => ModelFile.Write(stream, Kind, Version, Metadata, w =>
    {
        w.Write(labels.Length);
        foreach (var l in labels)
        {
            w.Write(l);
        }

        moves.Write(w);
        labelModel.Write(w);
    });

    public static DependencyParser Load(Stream stream)
    {
        var (labels, moves, labelModel) = ModelFile.Read(stream, Kind, Version, r =>
        {
            var n = r.ReadInt32();
            var l = new string[n];
            for (var i = 0; i < n; i++)
            {
                l[i] = r.ReadString();
            }

            return (l, LinearModel.Read(r), LinearModel.Read(r));
        }, out var metadata);
        return new DependencyParser(moves, labelModel, labels, metadata);
    }
}
