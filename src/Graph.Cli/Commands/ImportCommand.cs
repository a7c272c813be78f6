using System.CommandLine;
using Graph.Core.Model;
using Graph.Extraction.Evaluation;
using Graph.Store;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph import FILE.jsonl</c>: loads facts in the GUIDELINES format. The whole file is checked first: any bad
/// line (each named with file and line) means nothing of the file is written, so a half-imported file never has to
/// be cleaned up; a good file is written article by article, each atomically.
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

            IReadOnlyList<ArticleFacts> articles;
            try
            {
                articles = GuidelinesJsonl.ReadFile(path.FullName, context.Ontology);
            }
            catch (GuidelinesJsonlException bad)
            {
                foreach (var problem in bad.Problems)
                {
                    await Console.Error.WriteLineAsync($"graph: {problem}").ConfigureAwait(false);
                }

                await Console.Error.WriteLineAsync($"graph: nothing imported: {bad.Problems.Count} problem(s) in {path.Name}").ConfigureAwait(false);
                return 1;
            }

            await using var store = await context.OpenStoreAsync(cancellationToken).ConfigureAwait(false);
            var outcomes = new List<PutResult>();
            foreach (var batch in articles.Chunk(BatchSize))
            {
                outcomes.AddRange(await store.PutArticlesAsync(batch, cancellationToken).ConfigureAwait(false));
            }

            int Count(PutOutcome outcome) => outcomes.Count(o => o.Outcome == outcome);
            Console.WriteLine($"imported {articles.Count} article(s): {Count(PutOutcome.Added)} added, {Count(PutOutcome.Replaced)} replaced, "
                + $"{Count(PutOutcome.Unchanged)} unchanged; {articles.Sum(a => a.Statements.Count)} statement(s)");
            return 0;
        });
        return command;
    }
}
