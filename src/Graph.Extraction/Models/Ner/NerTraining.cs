using Graph.Extraction.Entities;

namespace Graph.Extraction.Models.Ner;

/// <summary>
/// The NER training command: trains on GMB (ner_dataset.csv) plus UNER English-EWT dev, reports exact-span
/// F1 per type on UNER English-PUD test and UNER English-EWT test, and writes the model file.
/// </summary>
public static class NerTraining
{
    public const int Epochs = 8;

    /// <param name="sharedData">The ../shared/data folder.</param>
    /// <param name="modelPath">Where to write the model (src/Graph.Extraction/Models/Ner/ner-model.bin to embed it).</param>
    public static NerModel Run(string sharedData, string modelPath, TextWriter log)
    {
        var gazetteer = Gazetteer.Default;
        var gmb = NerCorpora.ReadGmb(Path.Combine(sharedData, "gmb-ner-kaggle", "ner_dataset.csv"), gazetteer);
        var ewtDev = NerCorpora.ReadUner(Path.Combine(sharedData, "UNER_English-EWT", "en_ewt-ud-dev.iob2"));
        log.WriteLine($"training on {gmb.Count} GMB sentences + {ewtDev.Count} UNER EWT dev sentences");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var model = NerTrainer.Train([.. gmb, .. ewtDev], gazetteer, Epochs, log);
        log.WriteLine($"trained in {watch.Elapsed.TotalSeconds:F1} s");
        using (var file = File.Create(modelPath))
        {
            model.Save(file);
        }

        log.WriteLine($"wrote {modelPath} ({new FileInfo(modelPath).Length:N0} bytes)");
        foreach (var (name, file) in new[] { ("UNER English-PUD test", Path.Combine(sharedData, "UNER_English-PUD", "en_pud-ud-test.iob2")), ("UNER English-EWT test", Path.Combine(sharedData, "UNER_English-EWT", "en_ewt-ud-test.iob2")) })
        {
            log.WriteLine($"{name}:");
            log.WriteLine(Evaluate(model, NerCorpora.ReadUner(file)).Report());
        }

        return model;
    }

    /// <summary>Exact-span scores of the model on tagged sentences.</summary>
    public static NerEvaluation Evaluate(NerModel model, IEnumerable<NerSentence> sentences)
    {
        var evaluation = new NerEvaluation();
        foreach (var sentence in sentences)
        {
            evaluation.Add(sentence.Tags, model.Predict(sentence.Tokens));
        }

        return evaluation;
    }
}
