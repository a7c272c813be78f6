using Graph.Api.Ingestion;
using Graph.Core.Model;
using Graph.Core.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Text;

namespace Graph.Cli.Hosting;

/// <summary>
/// The <c>ingestArticle</c> mutation's extraction: the default pipeline (shipped models) over the article's text.
/// The models load on the first ingestion, not at start-up, so a server that only answers queries starts fast.
/// </summary>
public sealed class PipelineArticleIngestor(GraphOntology ontology) : IArticleIngestor
{
    private readonly Lazy<ExtractionPipeline> _pipeline = new(() => DefaultPipeline.Create(ontology), LazyThreadSafetyMode.ExecutionAndPublication);

    public Task<ArticleFacts> ExtractAsync(ArticleSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        // Without an id, the URL names the article; without either, its content does (the same text is the same article).
        var id = submission.Id ?? submission.Url ?? "text:" + ContentHash.Of(submission.Text)[..16];
        var article = new Article(id, ContentHash.Of(submission.Text), submission.Url, submission.Title, submission.Source, submission.PublishedAt);
        // Extraction is CPU work: off the request thread.
        return Task.Run(() => _pipeline.Value.Extract(DocumentPreparer.Prepare(article, submission.Text)).Facts, cancellationToken);
    }
}
