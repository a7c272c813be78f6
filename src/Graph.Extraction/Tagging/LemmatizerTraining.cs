using Graph.Extraction.Models;

namespace Graph.Extraction.Tagging;

/// <summary>Learns a <see cref="Lemmatizer"/> from a treebank's (form, XPOS, lemma) triples.</summary>
public static class LemmatizerTraining
{
    /// <summary>A suffix rule is kept when it was seen this many times (rarer ones are noise).</summary>
    private const int MinRuleCount = 2;

    public static Lemmatizer Train(IReadOnlyList<ConllWord[]> train, IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        var words = train.SelectMany(s => s).Where(w => w.Lemma != "_" && w.Form.Length > 0).ToList();

        // Suffix rules: for each (xpos, suffix), the most frequent rule among words ending so.
        var suffixCounts = new Dictionary<string, Dictionary<LemmaRule, int>>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            var rule = LemmaRule.Between(w.Form, w.Lemma);
            var lower = w.Form.ToLowerInvariant();
            // Only suffixes longer than the part the rule cuts: the suffix must show what the rule relies on.
            for (var len = Math.Max(1, rule.Strip + 1); len <= Math.Min(Lemmatizer.MaxSuffix, lower.Length); len++)
            {
                var key = w.Xpos + "\t" + lower[^len..];
                if (!suffixCounts.TryGetValue(key, out var counts))
                {
                    suffixCounts[key] = counts = [];
                }

                counts[rule] = counts.GetValueOrDefault(rule) + 1;
            }
        }

        var suffixRules = new Dictionary<string, LemmaRule>(StringComparer.Ordinal);
        foreach (var (key, counts) in suffixCounts)
        {
            var best = Best(counts);
            if (counts[best] >= MinRuleCount)
            {
                suffixRules[key] = best;
            }
        }

        // Prune suffix rules that say the same as their shorter suffix: the shorter one answers.
        foreach (var key in suffixRules.Keys.ToList())
        {
            var tab = key.IndexOf('\t', StringComparison.Ordinal);
            var suffix = key[(tab + 1)..];
            if (suffix.Length > 1 && suffixRules.TryGetValue(key[..tab] + "\t" + suffix[1..], out var shorter) && shorter == suffixRules[key])
            {
                suffixRules.Remove(key);
            }
        }

        // Exceptions: (form, xpos) pairs whose most frequent lemma the rules do not produce.
        var probe = new Lemmatizer([], suffixRules, new Dictionary<string, string>());
        var exceptions = new Dictionary<string, LemmaRule>(StringComparer.Ordinal);
        foreach (var group in words.GroupBy(w => w.Form + "\t" + w.Xpos, StringComparer.Ordinal))
        {
            var counts = new Dictionary<LemmaRule, int>();
            foreach (var w in group)
            {
                var r = LemmaRule.Between(w.Form, w.Lemma);
                counts[r] = counts.GetValueOrDefault(r) + 1;
            }

            var best = Best(counts);
            var sample = group.First(w => LemmaRule.Between(w.Form, w.Lemma) == best);
            if (probe.ByRules(sample.Form, sample.Form.ToLowerInvariant(), sample.Xpos, sample.Upos) != sample.Lemma)
            {
                exceptions[group.Key] = best;
            }
        }

        return new Lemmatizer(exceptions, suffixRules, metadata ?? new Dictionary<string, string>());
    }

    /// <summary>Lemma accuracy over words, with tags from <paramref name="tagger"/> (or gold tags when null).</summary>
    public static double Evaluate(Lemmatizer lemmatizer, IReadOnlyList<ConllWord[]> sentences, PosTagger? tagger)
    {
        ArgumentNullException.ThrowIfNull(lemmatizer);
        ArgumentNullException.ThrowIfNull(sentences);
        long right = 0, total = 0;
        foreach (var s in sentences)
        {
            var predicted = tagger?.Predict(s.Select(w => w.Form).ToArray());
            for (var i = 0; i < s.Length; i++)
            {
                var xpos = predicted is null ? s[i].Xpos : tagger!.XposOf(predicted[i]);
                var upos = predicted is null ? s[i].Upos : tagger!.UposOf(predicted[i]);
                right += lemmatizer.Lemma(s[i].Form, xpos, upos) == s[i].Lemma ? 1 : 0;
                total++;
            }
        }

        return (double)right / total;
    }

    private static LemmaRule Best(Dictionary<LemmaRule, int> counts) =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Strip).ThenBy(p => p.Key.Append, StringComparer.Ordinal).ThenBy(p => p.Key.Lower).First().Key;
}
