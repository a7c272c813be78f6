using System.CommandLine;
using Graph.Extraction.Models;
using Graph.Extraction.Models.Ner;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph train syntax|ner [--data DIR] [--out DIR]</c>: retrains the statistical models from the open data sets in
/// ../shared/data (see MODELS.md for what each is trained on and its scores). Deterministic: the same data gives
/// the same model files. Writes into --out (default: the repository's src/Graph.Extraction/Models) for committing.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var which = new Argument<string>("model") { Description = "syntax (tagger, lemmatizer, parser) or ner" };
        which.AcceptOnlyFromAmong("syntax", "ner");
        var data = new Option<string>("--data")
        {
            Description = "The shared data folder (UD_English-EWT, gmb-ner-kaggle, …)",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data"),
        };
        var output = new Option<string>("--out")
        {
            Description = "Where the model files are written",
            DefaultValueFactory = _ => Path.Combine("src", "Graph.Extraction", "Models"),
        };
        var command = new Command("train", "Retrain the tagger, lemmatizer and parser (syntax) or the entity recognizer (ner)") { which, data, output };
        command.SetAction((context, cancellationToken) =>
        {
            var shared = context.Parse.GetValue(data)!;
            var outDir = context.Parse.GetValue(output)!;
            if (!Directory.Exists(shared))
            {
                throw new UserError($"{shared}: no such folder (the shared data sets; see ../shared/data/README.md)");
            }

            Directory.CreateDirectory(outDir);
            if (context.Parse.GetValue(which) == "syntax")
            {
                var ewt = Path.Combine(shared, "UD_English-EWT");
                var report = ModelTraining.TrainAll(
                    Path.Combine(ewt, "en_ewt-ud-train.conllu"),
                    Path.Combine(ewt, "en_ewt-ud-dev.conllu"),
                    Path.Combine(ewt, "en_ewt-ud-test.conllu"),
                    outDir,
                    Console.Out);
                Console.WriteLine(report);
            }
            else
            {
                var nerDir = Path.Combine(outDir, "Ner");
                Directory.CreateDirectory(nerDir);
                NerTraining.Run(shared, Path.Combine(nerDir, "ner-model.bin"), Console.Out);
            }

            return Task.FromResult(0);
        });
        return command;
    }
}
