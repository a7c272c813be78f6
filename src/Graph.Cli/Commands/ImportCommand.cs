using System.CommandLine;
using Graph.Core.Model;
using Graph.Interchange;
using Graph.Store;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph import FILE.jsonl</c>: loads facts in the GUIDELINES format. Articles with a bad line are
/// left out whole (each problem named with file and line); the others are written, each atomically.
/// </summary>
internal static class ImportCommand
{
    private const int BatchSize = 200;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A .jsonl file of entity and relation lines (extraction/GUIDELINES.md)" };
        var command = new Command("import", "Load facts from a GUIDELINES jsonl file into the store") { file };
        command.SetAction(async (context, cancellationToken) =>
        {
            var path = context.Parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new UserError($"{path.FullName}: no such file");
            }

            var read = new GuidelinesJsonlReader(context.Ontology).Read(path.FullName);
            foreach (var problem in read.Problems)
            {
                await Console.Error.WriteLineAsync($"graph: {problem.Message}").ConfigureAwait(false);
            }

            await using var store = await context.OpenStoreAsync(cancellationToken).ConfigureAwait(false);
            var outcomes = new List<PutResult>();
            foreach (var batch in read.Articles.Chunk(BatchSize))
            {
                outcomes.AddRange(await store.PutArticlesAsync(batch, cancellationToken).ConfigureAwait(false));
            }

            var rejected = read.Problems.Select(p => p.ArticleId).Where(id => id.Length > 0).Distinct().Count();
            Console.WriteLine(Summary(read.Articles, outcomes, rejected));
            return read.Problems.Count == 0 ? 0 : 1;
        });
        return command;
    }

    private static string Summary(IReadOnlyList<ArticleFacts> articles, List<PutResult> outcomes, int rejected)
    {
        int Count(PutOutcome outcome) => outcomes.Count(o => o.Outcome == outcome);
        var statements = articles.Sum(a => a.Statements.Count);
        var text = $"imported {articles.Count} article(s): {Count(PutOutcome.Added)} added, {Count(PutOutcome.Replaced)} replaced, "
                 + $"{Count(PutOutcome.Unchanged)} unchanged; {statements} statement(s)";
        return rejected > 0 ? $"{text}; {rejected} article(s) rejected (see errors above)" : text;
    }
}
