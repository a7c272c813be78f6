namespace Graph.Extraction.Models.Ner;

/// <summary>
/// Trains <see cref="NerModel"/> as a structured averaged perceptron (Collins 2002): decode each sentence with the
/// current weights, and where the best path differs from the gold one, add the gold path's features and subtract
/// the predicted path's; the final weights are the average over all steps (lazy averaging).
/// </summary>
public static class NerTrainer
{
    private const int T = NerTags.Count;

    public static NerModel Train(IReadOnlyList<NerSentence> sentences, Entities.Gazetteer gazetteer, int epochs, TextWriter log, int seed = 17)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(log);
        var features = sentences.Select(s =>
        {
            var f = new int[s.Tokens.Length * NerFeatures.PerToken];
            NerFeatures.Extract(s.Tokens, gazetteer, f);
            return f;
        }).ToArray();

        var weights = new float[NerFeatures.Buckets * NerModel.Stride];
        var totals = new float[weights.Length];
        var transitions = new float[(T + 1) * T];
        var transitionTotals = new float[transitions.Length];
        var model = new NerModel(weights, transitions, gazetteer);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var step = 1f;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var wrong = 0;
            var tokens = 0;
            foreach (var index in order)
            {
                var sentence = sentences[index];
                var n = sentence.Tokens.Length;
                if (n == 0)
                {
                    continue;
                }

                var predicted = model.Decode(features[index], n);
                for (var i = 0; i < n; i++)
                {
                    var gold = sentence.Tags[i];
                    var guess = predicted[i];
                    if (gold != guess)
                    {
                        wrong++;
                        foreach (var bucket in features[index].AsSpan(i * NerFeatures.PerToken, NerFeatures.PerToken))
                        {
                            Update(weights, totals, (bucket * NerModel.Stride) + gold, 1f, step);
                            Update(weights, totals, (bucket * NerModel.Stride) + guess, -1f, step);
                        }
                    }

                    var goldPrevious = i == 0 ? 0 : sentence.Tags[i - 1] + 1;
                    var guessPrevious = i == 0 ? 0 : predicted[i - 1] + 1;
                    if (goldPrevious != guessPrevious || gold != guess)
                    {
                        Update(transitions, transitionTotals, (goldPrevious * T) + gold, 1f, step);
                        Update(transitions, transitionTotals, (guessPrevious * T) + guess, -1f, step);
                    }
                }

                tokens += n;
                step++;
            }

            log.WriteLine($"epoch {epoch}: {wrong} of {tokens} training tokens mistagged before update ({100.0 * wrong / tokens:F2}%)");
        }

        Average(weights, totals, step);
        Average(transitions, transitionTotals, step);
        return model;
    }

    /// <summary>w += delta; totals keeps Σ step·delta so that the average is w − totals/steps.</summary>
    private static void Update(float[] w, float[] totals, int index, float delta, float step)
    {
        w[index] += delta;
        totals[index] += step * delta;
    }

    private static void Average(float[] w, float[] totals, float steps)
    {
        for (var i = 0; i < w.Length; i++)
        {
            var averaged = w[i] - (totals[i] / steps);
            w[i] = Math.Abs(averaged) < 1e-3f ? 0f : averaged;
        }
    }
}
