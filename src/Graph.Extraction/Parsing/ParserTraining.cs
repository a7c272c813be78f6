using Graph.Extraction.Models;
using Graph.Extraction.Tagging;

namespace Graph.Extraction.Parsing;

/// <summary>
/// Trains the <see cref="DependencyParser"/> with the arc-hybrid dynamic oracle and error exploration
/// (Goldberg and Nivre 2012, 2013). Non-projective training trees are left out (the oracle is exact
/// only for projective trees). Tags in training come from the caller (jackknifed predicted tags, so
/// the parser learns to live with the tagger's mistakes).
/// </summary>
public static class ParserTraining
{
    /// <summary>From this pass on, the trainer follows its own (possibly wrong) prediction this often.</summary>
    private const double ExploreProbability = 0.9;
    private const int ExploreFromPass = 2;

    /// <summary>A sentence for parser training: gold tree plus the tags the parser will see.</summary>
    public sealed record TaggedTree(ConllWord[] Words, string[] Upos, string[] Xpos);

    public static DependencyParser Train(IReadOnlyList<TaggedTree> train, IReadOnlyList<TaggedTree>? dev, int maxIterations, int seed,
        float pruneBelow, TextWriter log, IReadOnlyDictionary<string, string>? metadata = null, Action<DependencyParser>? onImproved = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(log);
        var labels = train.SelectMany(t => t.Words).Select(w => w.DepRel).Distinct().Order(StringComparer.Ordinal).ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var rootLabel = labelIndex["root"];
        var projective = train.Where(t => IsProjective(t.Words) && HasOneRoot(t.Words)).ToList();
        log.WriteLine($"parser: {projective.Count} of {train.Count} training trees are projective with one root; training on those");

        var movePerceptron = new AveragedPerceptron(ArcHybrid.MoveNames);
        var labelPerceptron = new AveragedPerceptron(labels);
        var features = new ParserFeatures();
        var state = new ParseState();
        var random = new Random(seed);
        var order = Enumerable.Range(0, projective.Count).ToArray();
        Span<ulong> f = stackalloc ulong[ParserFeatures.MaxFeatures];
        Span<ulong> g = stackalloc ulong[ParserFeatures.MaxLabelFeatures];
        var moveScores = new float[ArcHybrid.MoveNames.Length];
        var labelScores = new float[labels.Length];
        DependencyParser? best = null;
        var bestLas = -1.0;
        var meta = metadata ?? new Dictionary<string, string>();
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            random.Shuffle(order);
            long decisions = 0, errors = 0, labelDecisions = 0, labelErrors = 0;
            foreach (var t in order)
            {
                var tree = projective[t];
                var goldHead = new int[tree.Words.Length + 1];
                var goldLabel = new int[tree.Words.Length + 1];
                goldHead[0] = -1;
                for (var i = 0; i < tree.Words.Length; i++)
                {
                    goldHead[i + 1] = tree.Words[i].Head;
                    goldLabel[i + 1] = labelIndex[tree.Words[i].DepRel];
                }

                features.Prepare(tree.Words.Select(w => w.Form).ToArray(), tree.Upos, tree.Xpos);
                state.Reset(tree.Words.Length);
                while (!state.IsTerminal)
                {
                    var n = features.Extract(state, f);
                    Array.Clear(moveScores);
                    movePerceptron.AddScores(f[..n], moveScores);
                    var predicted = ArcHybrid.BestLegal(state, moveScores);
                    var gold = BestZeroCost(state, goldHead, moveScores, out var predictedIsRight, predicted);
                    movePerceptron.Tick();
                    decisions++;
                    if (!predictedIsRight)
                    {
                        errors++;
                        movePerceptron.Update(f[..n], gold, predicted);
                    }

                    var move = predictedIsRight || (iteration >= ExploreFromPass && random.NextDouble() < ExploreProbability) ? predicted : gold;
                    var label = -1;
                    if (move != ArcHybrid.Shift)
                    {
                        if (move == ArcHybrid.Right && ArcHybrid.RightIsToRoot(state))
                        {
                            label = rootLabel;
                        }
                        else
                        {
                            // The label model learns only from arcs whose head is right: their gold label is known.
                            var dependent = state.S(0);
                            var head = ArcHybrid.HeadOf(state, move);
                            var m = features.ExtractLabel(state, dependent, head, move, g);
                            Array.Clear(labelScores);
                            labelPerceptron.AddScores(g[..m], labelScores);
                            label = DependencyParser.BestLabel(labelScores, rootLabel);
                            if (goldHead[dependent] == head)
                            {
                                labelPerceptron.Tick();
                                labelDecisions++;
                                if (label != goldLabel[dependent])
                                {
                                    labelErrors++;
                                    labelPerceptron.Update(g[..m], goldLabel[dependent], label);
                                }

                                // Until the parser explores, later features see gold labels on right arcs.
                                if (iteration < ExploreFromPass)
                                {
                                    label = goldLabel[dependent];
                                }
                            }
                        }
                    }

                    ArcHybrid.Apply(state, move, label);
                }
            }

            var parser = new DependencyParser(movePerceptron.ToModel(pruneBelow), labelPerceptron.ToModel(pruneBelow), labels, meta);
            var line = $"parser pass {iteration}: moves wrong {100.0 * errors / decisions:F2}%, labels wrong {100.0 * labelErrors / Math.Max(1, labelDecisions):F2}%, " +
                $"{movePerceptron.FeatureCount} + {labelPerceptron.FeatureCount} features";
            if (dev is not null)
            {
                var scoresDev = Evaluate(parser, dev);
                line += $", dev UAS {100 * scoresDev.Uas:F2} LAS {100 * scoresDev.Las:F2}";
                if (scoresDev.Las > bestLas)
                {
                    bestLas = scoresDev.Las;
                    best = parser;
                    onImproved?.Invoke(parser);
                }
            }
            else
            {
                best = parser;
            }

            log.WriteLine(line);
        }

        return best ?? throw new InvalidOperationException("no training pass ran");
    }

    /// <summary>The best-scoring move that loses no reachable gold arc (the least-cost one when none is free).</summary>
    private static int BestZeroCost(ParseState state, int[] goldHead, float[] scores, out bool predictedIsRight, int predicted)
    {
        var (shift, left, right) = ArcHybrid.Costs(state, goldHead);
        Span<int> costs = [shift, left, right];
        var min = int.MaxValue;
        foreach (var c in costs)
        {
            if (c >= 0)
            {
                min = Math.Min(min, c);
            }
        }

        var best = -1;
        var bestScore = float.NegativeInfinity;
        predictedIsRight = false;
        for (var move = ArcHybrid.Shift; move <= ArcHybrid.Right; move++)
        {
            if (costs[move] != min || !ArcHybrid.IsLegal(state, move))
            {
                continue;
            }

            predictedIsRight |= move == predicted;
            if (best < 0 || scores[move] > bestScore)
            {
                best = move;
                bestScore = scores[move];
            }
        }

        return best;
    }

    /// <summary>Attachment scores on gold-tokenised sentences with the tags given.</summary>
    public static ParsingScores Evaluate(DependencyParser parser, IReadOnlyList<TaggedTree> sentences)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(sentences);
        long total = 0, uas = 0, las = 0, clas = 0, totalNoPunct = 0, uasNoPunct = 0, lasNoPunct = 0;
        foreach (var t in sentences)
        {
            var (heads, rels) = parser.Parse(t.Words.Select(w => w.Form).ToArray(), t.Upos, t.Xpos);
            for (var i = 0; i < t.Words.Length; i++)
            {
                var w = t.Words[i];
                var headRight = heads[i] == w.Head;
                var labelRight = rels[i] == w.DepRel;
                var universalRight = UniversalPart(rels[i]) == UniversalPart(w.DepRel);
                total++;
                uas += headRight ? 1 : 0;
                las += headRight && labelRight ? 1 : 0;
                clas += headRight && universalRight ? 1 : 0;
                if (w.Upos != "PUNCT")
                {
                    totalNoPunct++;
                    uasNoPunct += headRight ? 1 : 0;
                    lasNoPunct += headRight && labelRight ? 1 : 0;
                }
            }
        }

        return new ParsingScores(total, (double)uas / total, (double)las / total, (double)clas / total,
            (double)uasNoPunct / totalNoPunct, (double)lasNoPunct / totalNoPunct);
    }

    private static string UniversalPart(string rel)
    {
        var colon = rel.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? rel : rel[..colon];
    }

    /// <summary>Whether no two arcs cross (heads 1-based, 0 = root).</summary>
    public static bool IsProjective(ConllWord[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var d1 = i + 1;
            var h1 = words[i].Head;
            var (a1, b1) = d1 < h1 ? (d1, h1) : (h1, d1);
            for (var j = 0; j < words.Length; j++)
            {
                var d2 = j + 1;
                var h2 = words[j].Head;
                var (a2, b2) = d2 < h2 ? (d2, h2) : (h2, d2);
                if (a1 < a2 && a2 < b1 && b1 < b2)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool HasOneRoot(ConllWord[] words) => words.Count(w => w.Head == 0) == 1;
}

/// <summary>
/// Attachment scores over all words, punctuation included (as in the CoNLL 2018 shared task):
/// UAS (head right), LAS (head and full label right, subtypes such as nsubj:pass included),
/// ULAS (head right and universal part of the label right — what CoNLL 2018's LAS counts);
/// and UAS/LAS without punctuation for comparison with older papers.
/// </summary>
public sealed record ParsingScores(long Words, double Uas, double Las, double LasUniversal, double UasNoPunct, double LasNoPunct);
