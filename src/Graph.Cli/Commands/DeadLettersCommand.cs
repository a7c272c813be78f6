using System.CommandLine;
using System.Globalization;
using Graph.Cli.Hosting;
using Graph.Ingestion.Queue;

namespace Graph.Cli.Commands;

/// <summary>
/// <c>graph deadletters [--retry ID|--retry-all]</c>: the items the ingestion service gave up on, with their errors, and
/// putting them back in the queue by hand (a running server, or the next <c>graph ingest</c>, works them).
/// </summary>
internal static class DeadLettersCommand
{
    public static Command Create()
    {
        var retry = new Option<long?>("--retry") { Description = "Queue this dead item again" };
        var retryAll = new Option<bool>("--retry-all") { Description = "Queue every dead item again" };
        var limit = new Option<int>("--limit") { Description = "List at most this many", DefaultValueFactory = _ => 100 };
        var command = new Command("deadletters", "List the ingestion dead letters, or retry them") { retry, retryAll, limit };
        command.SetAction((context, _) =>
        {
            var queuePath = StoreFactory.QueuePath(context.DatabasePath, null);
            if (!File.Exists(queuePath)) throw new UserError($"no ingestion queue at {queuePath} (nothing was ingested through it yet)");
            using var outbox = Outbox.Open(queuePath);
            if (context.Parse.GetValue(retry) is { } id)
            {
                if (!outbox.Retry(id)) throw new UserError($"no dead letter with id {id}");
                Console.WriteLine($"item {id} queued again");
                return Task.FromResult(0);
            }

            if (context.Parse.GetValue(retryAll))
            {
                Console.WriteLine($"{outbox.RetryAllDead()} item(s) queued again");
                return Task.FromResult(0);
            }

            var dead = outbox.DeadLetters(context.Parse.GetValue(limit));
            foreach (var item in dead)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{item.Id}\t{item.Source}\t{item.Kind.ToString().ToLowerInvariant()}\t{item.ArticleId}\tattempts {item.Attempts}\t{item.UpdatedAt:u}\t{item.LastError}"));
            }

            Console.WriteLine($"{dead.Count} dead letter(s)");
            return Task.FromResult(0);
        });
        return command;
    }
}
