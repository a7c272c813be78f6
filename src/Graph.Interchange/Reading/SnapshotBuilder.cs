using Graph.Core.Model;
using Graph.Store;

namespace Graph.Interchange.Reading;

/// <summary>
/// Collects what a reader finds, in file order, with the problems met on the way; <see cref="Build"/> gives the
/// snapshot, or throws with every problem at once so a bad file is reported whole and nothing is imported.
/// </summary>
internal sealed class SnapshotBuilder
{
    private readonly List<(Article Article, long? Order)> articles = [];

    public List<Entity> Entities { get; } = [];

    public List<Relation> Relations { get; } = [];

    public List<StoredStatement> Statements { get; } = [];

    public List<ArticleMention> Mentions { get; } = [];

    public List<string> Problems { get; } = [];

    /// <param name="order">Its place in the order of ingestion, when the format carries it.</param>
    public void Article(Article article, long? order) => articles.Add((article, order));

    public GraphSnapshot Build()
    {
        if (Problems.Count > 0)
        {
            throw new InterchangeFormatException(Problems);
        }

        var order = articles
            .OrderBy(a => a.Order ?? long.MaxValue)
            .ThenBy(a => a.Article.Id, StringComparer.Ordinal)
            .Select(a => a.Article.Id)
            .ToList();
        return new GraphSnapshot([.. articles.Select(a => a.Article)], [.. Entities], [.. Relations], [.. Statements])
        {
            Mentions = [.. Mentions],
            IngestionOrder = order,
        };
    }
}
