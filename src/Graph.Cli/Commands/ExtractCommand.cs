using System.CommandLine;
using System.Globalization;
using Graph.Extraction.Pipeline;
using Spectre.Console;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph extract FILE|DIR [--format jsonl|table]</c>: reads articles, extracts entities and relations, and prints
/// them in the GUIDELINES jsonl (<c>article</c> = file name without extension) or as a table for reading.
/// Nothing is written to the store.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "An article file (.txt, .md, .html, .json) or a folder of them" };
        var format = new Option<string>("--format") { Description = "jsonl (GUIDELINES lines) or table", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var command = new Command("extract", "Extract entities and relations from articles and print them") { path, format };
        command.SetAction((context, cancellationToken) =>
        {
            var files = ArticleFilesOf(context.Parse.GetValue(path)!);
            var pipeline = DefaultPipeline.Create(context.Ontology);
            var results = ExtractionRunner.ExtractFiles(pipeline, files);
            if (context.Parse.GetValue(format) == "table")
            {
                PrintTables(results);
            }
            else
            {
                ExtractionRunner.WriteJsonl(Console.Out, results);
            }

            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>One file, or the article files of a folder; a path that is neither is the user's mistake.</summary>
    internal static IReadOnlyList<string> ArticleFilesOf(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (Directory.Exists(path))
        {
            var files = ExtractionRunner.ArticleFiles(path);
            return files.Count > 0 ? files : throw new UserError($"{path}: no article files (.txt, .md, .html, .htm, .json) in this folder");
        }

        throw new UserError($"{path}: no such file or folder");
    }

    private static void PrintTables(IReadOnlyList<ExtractionResult> results)
    {
        var console = Terminal.Out;
        foreach (var result in results)
        {
            var facts = result.Facts;
            console.MarkupLine($"[bold]{Markup.Escape(facts.Article.Id)}[/] {Markup.Escape(facts.Article.Title ?? string.Empty)}: "
                + $"{facts.Entities.Count} entities, {facts.Statements.Count} statements");
            var table = new Table().Border(TableBorder.Simple)
                .AddColumn("subject").AddColumn("relation").AddColumn("object").AddColumn(new TableColumn("conf.").RightAligned()).AddColumn("sentence");
            foreach (var s in facts.Statements)
            {
                table.AddRow(
                    Markup.Escape(s.Subject),
                    Markup.Escape(s.Negated ? $"not {s.Relation}" : s.Relation),
                    Markup.Escape(s.Object),
                    s.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
                    Markup.Escape(s.SentenceIndex >= 0 ? $"#{s.SentenceIndex}: {Shorten(s.Sentence, 80)}" : Shorten(s.Sentence, 80)));
            }

            console.Write(table);
        }
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
