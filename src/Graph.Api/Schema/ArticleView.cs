using Graph.Core.Model;
using Graph.Store;

namespace Graph.Api.Schema;

/// <summary>
/// An article as a resolver holds it: what is already known (from evidence: id, title, URL, date) and, once loaded,
/// the whole stored record. Fields the partial view cannot answer load the record through the article loader.
/// </summary>
internal sealed record ArticleView(string Id, string? Title, string? Url, DateTimeOffset? PublishedAt, Article? Full)
{
    public static ArticleView Of(Article article) => new(article.Id, article.Title, article.Url, article.PublishedAt, article);

    public static ArticleView Of(Evidence evidence) => new(evidence.ArticleId, evidence.ArticleTitle, evidence.ArticleUrl, evidence.PublishedAt, null);
}
