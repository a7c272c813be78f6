using System.CommandLine;
using Graph.Extraction.Evaluation;
using Graph.Extraction.Pipeline;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph eval --articles DIR --gold FILE</c>: extracts the articles and scores the result against gold exactly
/// as <c>extraction/score.py</c> does (same matching, same figures, same last line), with per-relation figures and,
/// on request, per-article figures and the misses.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var articles = new Option<string>("--articles") { Description = "A folder of article files (or one file)", Required = true };
        var gold = new Option<FileInfo>("--gold") { Description = "Gold facts in the GUIDELINES jsonl", Required = true };
        var perArticle = new Option<bool>("--per-article") { Description = "Figures for each article" };
        var misses = new Option<bool>("--misses") { Description = "List every wrong and every missed triple (default: on)", DefaultValueFactory = _ => true };
        var keep = new Option<string?>("--output") { Description = "Also keep the system jsonl in this file" };
        var command = new Command("eval", "Extract articles and score the facts against gold (as score.py does)") { articles, gold, perArticle, misses, keep };
        command.SetAction((context, cancellationToken) =>
        {
            var goldFile = context.Parse.GetValue(gold)!;
            if (!goldFile.Exists)
            {
                throw new UserError($"{goldFile.FullName}: no such file");
            }

            var files = ExtractCommand.ArticleFilesOf(context.Parse.GetValue(articles)!);
            var results = ExtractionRunner.ExtractFiles(DefaultPipeline.Create(context.Ontology), files);
            var systemPath = context.Parse.GetValue(keep) ?? Path.Combine(Path.GetTempPath(), $"graph-eval-{Environment.ProcessId}.jsonl");
            try
            {
                using (var writer = new StreamWriter(systemPath))
                {
                    ExtractionRunner.WriteJsonl(writer, results);
                }

                Scorer.Score(goldFile.FullName, systemPath).Print(Console.Out, context.Parse.GetValue(perArticle), context.Parse.GetValue(misses));
            }
            finally
            {
                if (context.Parse.GetValue(keep) is null)
                {
                    File.Delete(systemPath);
                }
            }

            return Task.FromResult(0);
        });
        return command;
    }
}
