using System.Globalization;
using Graph.Api.Ingestion;
using Graph.GraphQL.Execution;
using Graph.GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>
/// The ingestion service in the schema: <c>ingestionStatus</c> and <c>deadLetters</c> queries, the <c>retryDeadLetter</c>
/// mutation, and <c>ingestArticle</c>'s path through the durable queue. Without a queue (an API embedded without the
/// service) the status is null, the dead-letter list empty, and ingestArticle extracts inline.
/// </summary>
internal static class IngestionSchema
{
    /// <summary>How long <c>ingestArticle</c> waits for its queued article before answering that it is still queued.</summary>
    private static readonly TimeSpan IngestWait = TimeSpan.FromSeconds(60);

    public static void Add(SchemaBuilder schema, GraphApiServices services)
    {
        var queue = services.Ingestor as IIngestionQueue;
        schema.Object("OutcomeCount", t => t
            .Description("Items finished since the server started, by outcome.")
            .Field("outcome", "String!", f => f.Description("added, replaced, unchanged, retracted, skipped, failed (retried later) or dead.").FromParent((KeyValuePair<string, long> p) => p.Key))
            .Field("count", "Int!", c => (int)c.Parent<KeyValuePair<string, long>>().Value));
        schema.Object("IngestionSource", t => t
            .Description("A source the service reads articles from.")
            .Field("name", "String!", (SourceView p) => p.Name)
            .Field("kind", "String!", f => f.Description("Folder, Url or Feed.").FromParent((SourceView p) => p.Kind))
            .Field("location", "String!", (SourceView p) => p.Location)
            .Field("schedule", "String", f => f.Description("Cron expression (Quartz syntax) for re-ingestion.").FromParent((SourceView p) => p.Schedule))
            .Field("retractMissing", "Boolean!", (SourceView p) => p.RetractMissing));
        schema.Object("IngestionStatus", t => t
            .Description("What the ingestion service is doing.")
            .Field("state", "String!", f => f.Description("running, standby (another process works the queue), starting or stopped.").FromParent((IngestionStatusView p) => p.State))
            .Field("pauseReason", "String", f => f.Description("Why ingestion is paused (the store is unavailable); null while it writes.").FromParent((IngestionStatusView p) => p.PauseReason))
            .Field("pending", "Int!", c => (int)c.Parent<IngestionStatusView>().Pending)
            .Field("processing", "Int!", c => (int)c.Parent<IngestionStatusView>().Processing)
            .Field("failed", "Int!", f => f.Description("Failed items waiting for a retry.").Resolve(c => (int)c.Parent<IngestionStatusView>().Failed))
            .Field("dead", "Int!", f => f.Description("Items in the dead-letter list.").Resolve(c => (int)c.Parent<IngestionStatusView>().Dead))
            .Field("done", "Int!", c => (int)c.Parent<IngestionStatusView>().Done)
            .Field("items", "[OutcomeCount!]!", (IngestionStatusView p) => p.ItemsByOutcome)
            .Field("statementsWritten", "Int!", c => (int)c.Parent<IngestionStatusView>().StatementsWritten)
            .Field("sources", "[IngestionSource!]!", (IngestionStatusView p) => p.Sources)
            .Field("startedAt", "DateTime!", (IngestionStatusView p) => p.StartedAt));
        schema.Object("DeadLetter", t => t
            .Description("An item the service gave up on, with its error; `retryDeadLetter` queues it again.")
            .Field("id", "ID!", (DeadLetterView p) => p.Id.ToString(CultureInfo.InvariantCulture))
            .Field("source", "String!", (DeadLetterView p) => p.Source)
            .Field("kind", "String!", (DeadLetterView p) => p.Kind)
            .Field("articleId", "String!", (DeadLetterView p) => p.ArticleId)
            .Field("location", "String", (DeadLetterView p) => p.Location)
            .Field("attempts", "Int!", (DeadLetterView p) => p.Attempts)
            .Field("error", "String", (DeadLetterView p) => p.Error)
            .Field("enqueuedAt", "DateTime!", (DeadLetterView p) => p.EnqueuedAt)
            .Field("failedAt", "DateTime!", (DeadLetterView p) => p.FailedAt));
        schema.Object("Query", t => t
            .Field("ingestionStatus", "IngestionStatus", f => f
                .Description("The ingestion service's state: queue, outcomes, sources. Null when this server runs no ingestion service.")
                .Resolve(_ => queue?.Status()))
            .Field("deadLetters", "[DeadLetter!]!", f => f
                .Description("Items the service gave up on, newest first.")
                .Argument("first", "Int", a => a.Default(50))
                .Resolve(c => queue is null ? [] : queue.DeadLetters(Math.Clamp(c.Argument<int>("first"), 0, services.MaxPageSize)))));
        schema.Object("Mutation", t => t
            .Field("retryDeadLetter", "Boolean!", f => f
                .Description("Queues a dead item again (its attempts start over). False when no dead item has that id.")
                .Argument("id", "ID!")
                .Resolve(c =>
                {
                    if (queue is null) throw new GraphQLException("This server runs no ingestion service.", "NOT_CONFIGURED");
                    return long.TryParse(c.Argument<string>("id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                        ? queue.Retry(id)
                        : throw new GraphQLException($"'{c.Argument<string>("id")}' is not a dead letter id.", ErrorCodes.BadUserInput);
                })));
    }

    /// <summary>
    /// <c>ingestArticle</c> through the queue: recorded durably, then awaited so the payload still shows what was extracted.
    /// Null when the server has no queue (the caller extracts inline).
    /// </summary>
    public static async Task<(Core.Model.ArticleFacts Facts, Store.PutOutcome Outcome)?> IngestQueuedAsync(GraphApiServices services, ArticleSubmission submission, CancellationToken cancellationToken)
    {
        if (services.Ingestor is not IIngestionQueue queue) return null;
        var itemId = await queue.EnqueueAsync(submission, cancellationToken).ConfigureAwait(false);
        var outcome = await queue.WaitAsync(itemId, IngestWait, cancellationToken).ConfigureAwait(false)
            ?? throw new GraphQLException($"The article is queued (item {itemId}) but not written yet; see `ingestionStatus`.", "QUEUED");
        return outcome is { Facts: { } facts, Outcome: { } put }
            ? (facts, put)
            : throw new GraphQLException($"The article could not be ingested (dead letter {itemId}): {outcome.Error}", ErrorCodes.BadUserInput);
    }
}
