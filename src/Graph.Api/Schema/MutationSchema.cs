using Graph.Api.Events;
using Graph.Api.Ingestion;
using Graph.Core.Model;
using Graph.GraphQL.Execution;
using Graph.GraphQL.Types;
using Graph.Store;

namespace Graph.Api.Schema;

/// <summary>The <c>Mutation</c> root: ingesting and deleting articles, and curating entities. Each raises an ingestion event.</summary>
internal static class MutationSchema
{
    /// <summary>What <c>ingestArticle</c> and <c>reingestArticle</c> return: the outcome and the facts extracted.</summary>
    internal sealed record IngestPayload(ArticleView Article, PutOutcome Outcome, ArticleFacts Facts);

    internal sealed record DeletePayload(string ArticleId, bool Deleted);

    public static void Add(SchemaBuilder schema, GraphApiServices services)
    {
        var store = services.Store;
        schema.InputObject("ArticleMetadataInput", t => t
            .Description("What is known about an article besides its text.")
            .Field("id", "ID", f => f.Description("A stable id; the URL, else the content hash, when absent."))
            .Field("title", "String")
            .Field("source", "String")
            .Field("publishedAt", "DateTime"));
        schema.Enum("IngestOutcome", e => e
            .Value("ADDED", PutOutcome.Added, "The article was new.")
            .Value("REPLACED", PutOutcome.Replaced, "The article was known with other content; its statements were replaced.")
            .Value("UNCHANGED", PutOutcome.Unchanged, "The article was known with the same content; nothing changed."));
        schema.Object("ExtractedEntity", t => t
            .Description("An entity as the article names it.")
            .Field("name", "String!", (ArticleEntity p) => p.Name)
            .Field("type", "String!", (ArticleEntity p) => p.Type)
            .Field("aliases", "[String!]!", (ArticleEntity p) => p.Aliases));
        schema.Object("ExtractedStatement", t => t
            .Description("A fact as the article states it.")
            .Field("subject", "String!", (Statement p) => p.Subject)
            .Field("relation", "String!", (Statement p) => p.Relation)
            .Field("object", "String!", (Statement p) => p.Object)
            .Field("sentence", "String!", (Statement p) => p.Sentence)
            .Field("confidence", "Float!", (Statement p) => p.Confidence)
            .Field("negated", "Boolean!", (Statement p) => p.Negated));
        schema.Object("IngestArticlePayload", t => t
            .Field("article", "Article!", (IngestPayload p) => p.Article)
            .Field("outcome", "IngestOutcome!", (IngestPayload p) => p.Outcome)
            .Field("entities", "[ExtractedEntity!]!", (IngestPayload p) => p.Facts.Entities)
            .Field("statements", "[ExtractedStatement!]!", (IngestPayload p) => p.Facts.Statements));
        schema.Object("DeleteArticlePayload", t => t
            .Field("articleId", "ID!", (DeletePayload p) => p.ArticleId)
            .Field("deleted", "Boolean!", f => f.Description("False when no such article was stored.").FromParent((DeletePayload p) => p.Deleted)));

        schema.Object("Mutation", t => t
            .Field("ingestArticle", "IngestArticlePayload!", f => f
                .Description("Reads an article's text, extracts its facts, stores them, and returns what was extracted.")
                .Argument("text", "String", a => a.Description("The article's text (plain text)."))
                .Argument("url", "String", a => a.Description("Where the article lives: kept as its URL (and id when none is given). Without `text`, the server fetches it (HTML main text) through its ingestion queue."))
                .Argument("metadata", "ArticleMetadataInput")
                .Resolve(StoreErrors.Guard(async c =>
                {
                    var text = Args.String(c, "text");
                    var url = Args.String(c, "url");
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        // Without text the article is fetched from its URL, which only the ingestion service's queue does.
                        if (url is null) throw new GraphQLException("Give the article's \"text\" or its \"url\".", ErrorCodes.BadUserInput);
                        if (services.Ingestor is not IIngestionQueue) throw new GraphQLException("This server has no ingestion queue to fetch the URL: send the article's \"text\" too.", "NOT_CONFIGURED");
                        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
                        {
                            throw new GraphQLException($"\"url\" must be an absolute http or https address, not \"{url}\".", ErrorCodes.BadUserInput);
                        }
                        text = string.Empty;
                    }
                    return await IngestAsync(c, services, Submission(text, url, c.Arguments.GetValueOrDefault("metadata") as IReadOnlyDictionary<string, object?>, null)).ConfigureAwait(false);
                })))
            .Field("reingestArticle", "IngestArticlePayload!", f => f
                .Description("Reads a stored article again from its new text: exactly its statements are replaced.")
                .Argument("id", "ID!")
                .Argument("text", "String!")
                .Argument("metadata", "ArticleMetadataInput")
                .Resolve(StoreErrors.Guard(async c =>
                {
                    var id = GlobalId.StoreId(c.Argument<string>("id"), GlobalId.Article);
                    var stored = await store.GetArticleAsync(id, c.CancellationToken).ConfigureAwait(false)
                        ?? throw new GraphQLException($"No article with id '{id}'.", StoreErrors.NotFound);
                    var metadata = c.Arguments.GetValueOrDefault("metadata") as IReadOnlyDictionary<string, object?>;
                    var submission = Submission(c.Argument<string>("text"), stored.Url, metadata, id) with
                    {
                        Title = metadata?.GetValueOrDefault("title") as string ?? stored.Title,
                        Source = metadata?.GetValueOrDefault("source") as string ?? stored.Source,
                        PublishedAt = metadata?.GetValueOrDefault("publishedAt") as DateTimeOffset? ?? stored.PublishedAt,
                    };
                    return await IngestAsync(c, services, submission).ConfigureAwait(false);
                })))
            .Field("deleteArticle", "DeleteArticlePayload!", f => f
                .Description("Removes exactly what the article contributed; relations and entities it alone supported disappear.")
                .Argument("id", "ID!")
                .Resolve(StoreErrors.Guard(async c =>
                {
                    var id = GlobalId.StoreId(c.Argument<string>("id"), GlobalId.Article);
                    var deleted = await store.RetractArticleAsync(id, c.CancellationToken).ConfigureAwait(false);
                    if (deleted) services.Events.Publish(new IngestionEvent(IngestionEventKind.ArticleDeleted, DateTimeOffset.UtcNow) { ArticleId = id });
                    return new DeletePayload(id, deleted);
                })))
            .Field("mergeEntities", "Entity!", f => f
                .Description("Merges `merge` into `keep` (manual curation): statements and aliases move; `merge` disappears.")
                .Argument("keep", "ID!")
                .Argument("merge", "ID!")
                .Resolve(StoreErrors.Guard(async c =>
                {
                    var keep = GlobalId.StoreId(c.Argument<string>("keep"), GlobalId.Entity);
                    var merge = GlobalId.StoreId(c.Argument<string>("merge"), GlobalId.Entity);
                    if (keep == merge) throw new GraphQLException("An entity cannot be merged into itself.", ErrorCodes.BadUserInput);
                    var entity = await store.MergeEntitiesAsync(keep, merge, c.CancellationToken).ConfigureAwait(false);
                    services.Events.Publish(new IngestionEvent(IngestionEventKind.EntitiesMerged, DateTimeOffset.UtcNow) { EntityId = entity.Id, Message = $"{merge} merged into {keep}" });
                    return entity;
                })))
            .Field("addAlias", "Entity!", f => f
                .Description("Adds another name under which an entity is known (manual curation).")
                .Argument("entity", "ID!")
                .Argument("alias", "String!")
                .Resolve(StoreErrors.Guard(async c =>
                {
                    var alias = c.Argument<string>("alias").Trim();
                    if (alias.Length == 0) throw new GraphQLException("The alias is empty.", ErrorCodes.BadUserInput);
                    var entity = await store.AddAliasAsync(GlobalId.StoreId(c.Argument<string>("entity"), GlobalId.Entity), alias, c.CancellationToken).ConfigureAwait(false);
                    services.Events.Publish(new IngestionEvent(IngestionEventKind.AliasAdded, DateTimeOffset.UtcNow) { EntityId = entity.Id, Message = alias });
                    return entity;
                }))));
    }

    private static ArticleSubmission Submission(string text, string? url, IReadOnlyDictionary<string, object?>? metadata, string? id) => new(text)
    {
        Id = id ?? (metadata?.GetValueOrDefault("id") as string),
        Url = url,
        Title = metadata?.GetValueOrDefault("title") as string,
        Source = metadata?.GetValueOrDefault("source") as string,
        PublishedAt = metadata?.GetValueOrDefault("publishedAt") as DateTimeOffset?,
    };

    private static async Task<object?> IngestAsync(ResolveContext c, GraphApiServices services, ArticleSubmission submission)
    {
        if (await IngestionSchema.IngestQueuedAsync(services, submission, c.CancellationToken).ConfigureAwait(false) is var (queuedFacts, queuedOutcome))
        {
            return await PayloadAsync(services, queuedFacts, new PutResult(queuedOutcome, queuedFacts.Entities.Count, queuedFacts.Statements.Count), c.CancellationToken).ConfigureAwait(false);
        }

        var ingestor = services.Ingestor ?? throw new GraphQLException("This server has no extraction pipeline configured, so it cannot ingest articles.", "NOT_CONFIGURED");
        ArticleFacts facts;
        try
        {
            facts = await ingestor.ExtractAsync(submission, c.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException and not GraphQLException)
        {
            services.Events.Publish(new IngestionEvent(IngestionEventKind.IngestionFailed, DateTimeOffset.UtcNow) { ArticleId = submission.Id ?? submission.Url, Message = "extraction failed" });
            throw;
        }
        var result = await services.Store.PutArticleAsync(facts, c.CancellationToken).ConfigureAwait(false);
        var kind = result.Outcome == PutOutcome.Unchanged ? IngestionEventKind.ArticleUnchanged : IngestionEventKind.ArticleIngested;
        services.Events.Publish(new IngestionEvent(kind, DateTimeOffset.UtcNow)
        {
            ArticleId = facts.Article.Id, Entities = result.Entities, Statements = result.Statements,
        });
        return await PayloadAsync(services, facts, result, c.CancellationToken).ConfigureAwait(false);
    }

    private static async Task<IngestPayload> PayloadAsync(GraphApiServices services, ArticleFacts facts, PutResult result, CancellationToken cancellationToken)
    {
        var stored = await services.Store.GetArticleAsync(facts.Article.Id, cancellationToken).ConfigureAwait(false) ?? facts.Article;
        return new IngestPayload(ArticleView.Of(stored), result.Outcome, facts);
    }
}
