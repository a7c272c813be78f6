using Graph.Api.Ingestion;
using Graph.Core.Model;

namespace Graph.Api.Tests.Support;

/// <summary>
/// TEST DOUBLE for the extraction pipeline (whose trained stages are not on this branch yet): it "extracts" one
/// organisation per capitalised word pair of "A cooperated with B." sentences. It exists to drive the ingest
/// mutations end to end (store writes, outcomes, events); it says nothing about extraction quality.
/// </summary>
internal sealed class SeedFactsIngestor : IArticleIngestor
{
    public Task<ArticleFacts> ExtractAsync(ArticleSubmission submission, CancellationToken cancellationToken)
    {
        var id = submission.Id ?? submission.Url ?? "text:" + ContentHash.Of(submission.Text)[..16];
        var article = new Article(id, ContentHash.Of(submission.Text), submission.Url, submission.Title, submission.Source, submission.PublishedAt);
        var entities = new Dictionary<string, ArticleEntity>(StringComparer.Ordinal);
        var statements = new List<Statement>();
        foreach (var sentence in submission.Text.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = sentence.Split(" cooperated with ", StringSplitOptions.TrimEntries);
            if (parts.Length != 2) continue;
            foreach (var name in parts) entities.TryAdd(name, new ArticleEntity(name, "ORGANIZATION"));
            statements.Add(new Statement(id, parts[0], "COOPERATED", parts[1], sentence + ".", 0.9) { SentenceIndex = statements.Count });
        }
        return Task.FromResult(new ArticleFacts(article, [.. entities.Values], statements));
    }
}
