namespace Graph.Store;

/// <summary>Facts the store refuses to write; nothing of the article was written.</summary>
public sealed class InvalidFactsException(string articleId, IReadOnlyList<string> problems)
    : Exception($"article '{articleId}': {string.Join("; ", problems)}")
{
    public string ArticleId { get; } = articleId;

    public IReadOnlyList<string> Problems { get; } = problems;
}
