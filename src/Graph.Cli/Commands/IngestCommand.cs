using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Graph.Extraction.Pipeline;
using Graph.Store;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph ingest FILE|DIR</c>: reads articles, extracts their facts and writes them to the store, each article
/// atomically. An article whose content is unchanged since the last run changes nothing; a changed one replaces
/// exactly its own facts. (Scheduled re-ingestion, feeds and URLs belong to the ingestion service.)
/// </summary>
internal static class IngestCommand
{
    private const int BatchSize = 50;

    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "An article file (.txt, .md, .html, .json) or a folder of them" };
        var command = new Command("ingest", "Extract facts from articles and write them to the store") { path };
        command.SetAction(async (context, cancellationToken) =>
        {
            var files = ExtractCommand.ArticleFilesOf(context.Parse.GetValue(path)!);
            var clock = Stopwatch.StartNew();
            var results = ExtractionRunner.ExtractFiles(DefaultPipeline.Create(context.Ontology), files);
            var extracted = clock.Elapsed;
            await using var store = await context.OpenStoreAsync(cancellationToken).ConfigureAwait(false);
            var outcomes = new List<PutResult>(results.Count);
            foreach (var batch in results.Select(r => r.Facts).Chunk(BatchSize))
            {
                outcomes.AddRange(await store.PutArticlesAsync(batch, cancellationToken).ConfigureAwait(false));
            }

            int Count(PutOutcome outcome) => outcomes.Count(o => o.Outcome == outcome);
            var statements = results.Sum(r => r.Facts.Statements.Count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ingested {results.Count} article(s): {Count(PutOutcome.Added)} added, {Count(PutOutcome.Replaced)} replaced, "
                + $"{Count(PutOutcome.Unchanged)} unchanged; {statements} statement(s) extracted in {extracted.TotalSeconds:0.0} s, "
                + $"written in {(clock.Elapsed - extracted).TotalSeconds:0.0} s ({context.DatabasePath})"));
            return 0;
        });
        return command;
    }
}
