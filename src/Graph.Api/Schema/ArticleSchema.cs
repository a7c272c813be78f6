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
            .Field("key", "String!", f => f.Description("The store's own id of the article (a URL or a path).").Resolve(c => c.Parent<ArticleView>().Id))
            .Field("title", "String", c => c.Parent<ArticleView>().Title)
            .Field("url", "String", c => c.Parent<ArticleView>().Url)
            .Field("publishedAt", "DateTime", c => c.Parent<ArticleView>().PublishedAt)
            .Field("source", "String", f => f.Resolve(StoreErrors.Guard(async c => (await Full(c).ConfigureAwait(false))?.Source)))
            .Field("contentHash", "String", f => f.Description("SHA-256 of the text as read.").Resolve(StoreErrors.Guard(async c => (await Full(c).ConfigureAwait(false))?.ContentHash)))
            .Field("ingestedAt", "DateTime", f => f.Resolve(StoreErrors.Guard(async c => (await Full(c).ConfigureAwait(false))?.IngestedAt))));
        CommonTypes.AddConnection<ArticleView>(schema, "Article", "A page of articles.");

        schema.Object("Offsets", t => t
            .Description("Where a statement stands in its article's text; null where unknown (e.g. imported facts).")
            .Field("sentence", "Span", c => c.Parent<Evidence>().SentenceSpan)
            .Field("subject", "Span", c => c.Parent<Evidence>().SubjectSpan)
            .Field("object", "Span", c => c.Parent<Evidence>().ObjectSpan));
        schema.Object("Evidence", t => t
            .Description("One statement behind a relation: the article and sentence that say it.")
            .Field("id", "ID!", c => c.Parent<Evidence>().StatementId)
            .Field("relation", "Relation", f => f.Resolve(StoreErrors.Guard(async c => await store.GetRelationAsync(c.Parent<Evidence>().RelationId, c.CancellationToken).ConfigureAwait(false))))
            .Field("article", "Article!", c => ArticleView.Of(c.Parent<Evidence>()))
            .Field("sentence", "String!", c => c.Parent<Evidence>().Sentence)
            .Field("sentenceIndex", "Int", f => f.Description("The sentence's index in the article, from 0; null when unknown.")
                .Resolve(c => c.Parent<Evidence>().SentenceIndex >= 0 ? c.Parent<Evidence>().SentenceIndex : null))
            .Field("offsets", "Offsets!", c => c.Parent<Evidence>())
            .Field("confidence", "Float!", c => c.Parent<Evidence>().Confidence)
            .Field("extractedAt", "DateTime!", c => c.Parent<Evidence>().ExtractedAt));
    }
}
