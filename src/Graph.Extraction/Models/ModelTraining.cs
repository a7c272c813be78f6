using System.Diagnostics;
using Graph.Extraction.Parsing;
using Graph.Extraction.Tagging;

namespace Graph.Extraction.Models;

/// <summary>
/// Trains and evaluates the shipped models from UD treebank files (the `graph train` command's
/// engine). Deterministic: fixed seeds, ordered data. Output files are written to a temporary file
/// and moved into place, so a failed run leaves the old model intact.
/// </summary>
public static class ModelTraining
{
    public const int Seed = 20240521;
    private const int TaggerPasses = 6;
    private const int JackknifePasses = 4;
    private const int ParserPasses = 8;
    private const float ParserPruneBelow = 1.0f;

    /// <summary>Trains the tagger on <paramref name="trainPath"/>, picking the pass by <paramref name="devPath"/>, and writes it to <paramref name="outPath"/>.</summary>
    public static PosTagger TrainTagger(string trainPath, string devPath, string outPath, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var clock = Stopwatch.StartNew();
        var train = ConllU.Read(trainPath);
        var dev = ConllU.Read(devPath);
        var tagger = TaggerTraining.Train(train, dev, TaggerPasses, Seed, log, Provenance(trainPath));
        Write(outPath, tagger.Save);
        log.WriteLine($"tagger written to {outPath} ({new FileInfo(outPath).Length:N0} bytes) in {clock.Elapsed.TotalSeconds:F0} s");
        return tagger;
    }

    /// <summary>Learns the lemmatiser from the lemma column of <paramref name="trainPath"/> and writes it to <paramref name="outPath"/>.</summary>
    public static Lemmatizer TrainLemmatizer(string trainPath, string outPath, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var lemmatizer = LemmatizerTraining.Train(ConllU.Read(trainPath), Provenance(trainPath));
        Write(outPath, lemmatizer.Save);
        log.WriteLine($"lemmatizer: {lemmatizer.ExceptionCount} exceptions, {lemmatizer.SuffixRuleCount} suffix rules; written to {outPath} ({new FileInfo(outPath).Length:N0} bytes)");
        return lemmatizer;
    }

    /// <summary>
    /// Trains the parser on <paramref name="trainPath"/> with jackknifed tags (each of
    /// <paramref name="folds"/> parts tagged by a tagger trained on the others), picks the pass by LAS on
    /// <paramref name="devPath"/> tagged by <paramref name="tagger"/>, and writes it to <paramref name="outPath"/>.
    /// </summary>
    public static DependencyParser TrainParser(string trainPath, string devPath, PosTagger tagger, string outPath, TextWriter log, int folds = 4)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var clock = Stopwatch.StartNew();
        var train = ConllU.Read(trainPath);
        var dev = ConllU.Read(devPath);
        var taggedTrain = new ParserTraining.TaggedTree[train.Count];
        for (var k = 0; k < folds; k++)
        {
            var rest = train.Where((_, i) => i % folds != k).ToList();
            var foldTagger = TaggerTraining.Train(rest, null, JackknifePasses, Seed + k, TextWriter.Null);
            for (var i = k; i < train.Count; i += folds)
            {
                taggedTrain[i] = Tagged(foldTagger, train[i]);
            }

            log.WriteLine($"jackknife fold {k + 1}/{folds} tagged ({clock.Elapsed.TotalSeconds:F0} s)");
        }

        var taggedDev = dev.Select(s => Tagged(tagger, s)).ToList();
        // The best parser so far is written after each improving pass, so an interrupted run still leaves a model.
        var parser = ParserTraining.Train(taggedTrain, taggedDev, ParserPasses, Seed, ParserPruneBelow, log, Provenance(trainPath),
            best => Write(outPath, best.Save));
        log.WriteLine($"parser written to {outPath} ({new FileInfo(outPath).Length:N0} bytes) in {clock.Elapsed.TotalSeconds:F0} s");
        return parser;
    }

    /// <summary>Trains tagger, lemmatiser and parser into <paramref name="outDirectory"/> and scores them on <paramref name="testPath"/>.</summary>
    public static EvaluationReport TrainAll(string trainPath, string devPath, string testPath, string outDirectory, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var tagger = TrainTagger(trainPath, devPath, Path.Combine(outDirectory, PretrainedModels.TaggerResource), log);
        var lemmatizer = TrainLemmatizer(trainPath, Path.Combine(outDirectory, PretrainedModels.LemmatizerResource), log);
        var parser = TrainParser(trainPath, devPath, tagger, Path.Combine(outDirectory, PretrainedModels.ParserResource), log);
        var report = Evaluate(testPath, tagger, lemmatizer, parser);
        log.WriteLine(report);
        return report;
    }

    /// <summary>Scores the models on a gold-tokenised treebank file, the parser on the tagger's predicted tags.</summary>
    public static EvaluationReport Evaluate(string testPath, PosTagger tagger, Lemmatizer lemmatizer, DependencyParser parser)
    {
        var test = ConllU.Read(testPath);
        var tagging = TaggerTraining.Evaluate(tagger, test);
        var lemmas = LemmatizerTraining.Evaluate(lemmatizer, test, tagger);
        var parsing = ParserTraining.Evaluate(parser, test.Select(s => Tagged(tagger, s)).ToList());
        var goldTagParsing = ParserTraining.Evaluate(parser, test.Select(s => new ParserTraining.TaggedTree(s, s.Select(w => w.Upos).ToArray(), s.Select(w => w.Xpos).ToArray())).ToList());
        return new EvaluationReport(tagging, lemmas, parsing, goldTagParsing);
    }

    private static ParserTraining.TaggedTree Tagged(PosTagger tagger, ConllWord[] sentence)
    {
        var classes = tagger.Predict(sentence.Select(w => w.Form).ToArray());
        return new ParserTraining.TaggedTree(sentence, classes.Select(tagger.UposOf).ToArray(), classes.Select(tagger.XposOf).ToArray());
    }

    private static Dictionary<string, string> Provenance(string trainPath) => new(StringComparer.Ordinal)
    {
        ["trained-on"] = Path.GetFileName(trainPath),
        ["licence"] = "derived from UD English-EWT, CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/): attribute and share alike",
        ["seed"] = Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static void Write(string path, Action<Stream> save)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        using (var stream = File.Create(temp))
        {
            save(stream);
        }

        File.Move(temp, full, overwrite: true);
    }
}

/// <summary>Scores of the shipped models on one test set.</summary>
public sealed record EvaluationReport(TaggingScores Tagging, double LemmaAccuracy, ParsingScores Parsing, ParsingScores ParsingWithGoldTags)
{
    public override string ToString() => string.Join(Environment.NewLine,
        $"words {Tagging.Words}: UPOS {100 * Tagging.Upos:F2}, XPOS {100 * Tagging.Xpos:F2}, UPOS+XPOS {100 * Tagging.Both:F2}, lemma {100 * LemmaAccuracy:F2}",
        $"predicted tags: UAS {100 * Parsing.Uas:F2}, LAS {100 * Parsing.Las:F2} (full labels), LAS {100 * Parsing.LasUniversal:F2} (universal labels, CoNLL 2018), without punctuation UAS {100 * Parsing.UasNoPunct:F2} LAS {100 * Parsing.LasNoPunct:F2}",
        $"gold tags:      UAS {100 * ParsingWithGoldTags.Uas:F2}, LAS {100 * ParsingWithGoldTags.Las:F2} (full labels), LAS {100 * ParsingWithGoldTags.LasUniversal:F2} (universal labels)");
}
