using Graph.Api.Loading;
using Graph.Core.Model;
using Graph.GraphQL.Types;
using Graph.Store;

namespace Graph.Api.Schema;

/// <summary>The <c>Article</c> and <c>Evidence</c> types: where facts come from.</summary>
internal static class ArticleSchema
{
    public static void Add(SchemaBuilder schema, GraphApiServices services)
    {
        var store = services.Store;

        async Task<Article?> Full(GraphQL.Execution.ResolveContext c)
        {
            var view = c.Parent<ArticleView>();
            return view.Full ?? await Loaders.ArticleAsync(c, store, view.Id).ConfigureAwait(false);
        }

        schema.Object("Article", t => t
            .Description("A news article the graph has read.")
            .Implements("Node")
            .IsTypeOf<ArticleView>()
            .Field("id", "ID!", c => GlobalId.Of(GlobalId.Article, c.Parent<ArticleView>().Id))
            .Field("key", "String!", f => f.Description("The store's own id of the article (a URL or a path).").FromParent((ArticleView p) => p.Id))
            .Field("title", "String", (ArticleView p) => p.Title)
            .Field("url", "String", (ArticleView p) => p.Url)
            .Field("publishedAt", "DateTime", (ArticleView p) => p.PublishedAt)
            .Field("source", "String", f => f.Resolve(StoreErrors.Guard(async c => (await Full(c).ConfigureAwait(false))?.Source)))
            .Field("contentHash", "String", f => f.Description("SHA-256 of the text as read.").Resolve(StoreErrors.Guard(async c => (await Full(c).ConfigureAwait(false))?.ContentHash)))
            .Field("ingestedAt", "DateTime", f => f.Resolve(StoreErrors.Guard(async c => (await Full(c).ConfigureAwait(false))?.IngestedAt))));
        CommonTypes.AddConnection<ArticleView>(schema, "Article", "A page of articles.");

        schema.Object("Offsets", t => t
            .Description("Where a statement stands in its article's text; null where unknown (e.g. imported facts).")
            .Field("sentence", "Span", (Evidence p) => p.SentenceSpan)
            .Field("subject", "Span", (Evidence p) => p.SubjectSpan)
            .Field("object", "Span", (Evidence p) => p.ObjectSpan));
        schema.Object("Evidence", t => t
            .Description("One statement behind a relation: the article and sentence that say it.")
            .Field("id", "ID!", (Evidence p) => p.StatementId)
            .Field("relation", "Relation", f => f.Resolve(StoreErrors.Guard(async c => await store.GetRelationAsync(c.Parent<Evidence>().RelationId, c.CancellationToken).ConfigureAwait(false))))
            .Field("article", "Article!", c => ArticleView.Of(c.Parent<Evidence>()))
            .Field("sentence", "String!", (Evidence p) => p.Sentence)
            .Field("sentenceIndex", "Int", f => f.Description("The sentence's index in the article, from 0; null when unknown.")
                .Resolve(c => c.Parent<Evidence>().SentenceIndex >= 0 ? c.Parent<Evidence>().SentenceIndex : null))
            .Field("offsets", "Offsets!", (Evidence p) => p)
            .Field("confidence", "Float!", (Evidence p) => p.Confidence)
            .Field("extractedAt", "DateTime!", (Evidence p) => p.ExtractedAt));
    }
}
