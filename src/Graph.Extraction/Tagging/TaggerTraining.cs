using Graph.Extraction.Models;

namespace Graph.Extraction.Tagging;

/// <summary>Trains the <see cref="PosTagger"/> on a UD treebank, choosing the number of passes on the dev set.</summary>
public static class TaggerTraining
{
    /// <summary>Words seen at least this often with one tag at least <see cref="UnambiguousShare"/> of the time skip the model.</summary>
    private const int UnambiguousMinCount = 20;
    private const double UnambiguousShare = 0.97;

    /// <summary>The class name of a word: its UPOS and XPOS.</summary>
    internal static string ClassOf(ConllWord w) => w.Upos + "\t" + w.Xpos;

    /// <summary>Trains for up to <paramref name="maxIterations"/> passes and keeps the pass that tags dev best.</summary>
    public static PosTagger Train(IReadOnlyList<ConllWord[]> train, IReadOnlyList<ConllWord[]>? dev, int maxIterations, int seed, TextWriter log,
        IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(log);
        var classNames = train.SelectMany(s => s).Select(ClassOf).Distinct().Order(StringComparer.Ordinal).ToArray();
        var classIndex = classNames.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var unambiguous = BuildUnambiguous(train, classIndex);
        var perceptron = new AveragedPerceptron(classNames);
        var features = new TaggerFeatures();
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(seed);
        Span<ulong> f = stackalloc ulong[TaggerFeatures.MaxFeatures];
        var scores = new float[classNames.Length];
        PosTagger? best = null;
        var bestScore = -1.0;
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var s in order)
            {
                var sentence = train[s];
                var words = sentence.Select(w => w.Form).ToArray();
                features.Prepare(words);
                int prev = -1, prev2 = -1;
                for (var i = 0; i < words.Length; i++)
                {
                    var gold = classIndex[ClassOf(sentence[i])];
                    if (!unambiguous.TryGetValue(words[i], out var guess))
                    {
                        var n = features.Extract(i, prev, prev2, f);
                        Array.Clear(scores);
                        perceptron.AddScores(f[..n], scores);
                        guess = PosTagger.ArgMax(scores);
                        perceptron.Tick();
                        perceptron.Update(f[..n], gold, guess);
                    }

                    correct += guess == gold ? 1 : 0;
                    total++;
                    prev2 = prev;
                    prev = guess;
                }
            }

            var tagger = new PosTagger(perceptron.ToModel(0.0f), unambiguous, metadata ?? new Dictionary<string, string>());
            var devScore = dev is null ? 0 : Evaluate(tagger, dev).Both;
            log.WriteLine($"tagger pass {iteration}: train {100.0 * correct / total:F2}%, dev UPOS+XPOS {100 * devScore:F2}%, {perceptron.FeatureCount} features");
            if (dev is null || devScore > bestScore)
            {
                bestScore = devScore;
                best = tagger;
            }
        }

        return best ?? throw new InvalidOperationException("no training pass ran");
    }

    /// <summary>Accuracy of the tagger on gold-tokenised sentences.</summary>
    public static TaggingScores Evaluate(PosTagger tagger, IReadOnlyList<ConllWord[]> sentences)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(sentences);
        long total = 0, upos = 0, xpos = 0, both = 0;
        foreach (var sentence in sentences)
        {
            var predicted = tagger.Predict(sentence.Select(w => w.Form).ToArray());
            for (var i = 0; i < sentence.Length; i++)
            {
                var u = tagger.UposOf(predicted[i]) == sentence[i].Upos;
                var x = tagger.XposOf(predicted[i]) == sentence[i].Xpos;
                upos += u ? 1 : 0;
                xpos += x ? 1 : 0;
                both += u && x ? 1 : 0;
                total++;
            }
        }

        return new TaggingScores(total, (double)upos / total, (double)xpos / total, (double)both / total);
    }

    private static Dictionary<string, int> BuildUnambiguous(IReadOnlyList<ConllWord[]> train, Dictionary<string, int> classIndex)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var w in train.SelectMany(s => s))
        {
            if (!counts.TryGetValue(w.Form, out var byClass))
            {
                counts[w.Form] = byClass = [];
            }

            var c = classIndex[ClassOf(w)];
            byClass[c] = byClass.GetValueOrDefault(c) + 1;
        }

        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, byClass) in counts)
        {
            var n = byClass.Values.Sum();
            var top = byClass.MaxBy(p => (p.Value, -p.Key));
            if (n >= UnambiguousMinCount && top.Value >= UnambiguousShare * n)
            {
                result[word] = top.Key;
            }
        }

        return result;
    }
}

/// <summary>Tagging accuracy over words: UPOS, XPOS, and both right.</summary>
public sealed record TaggingScores(long Words, double Upos, double Xpos, double Both);
