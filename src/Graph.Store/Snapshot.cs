using Graph.Core.Model;

namespace Graph.Store;

/// <summary>
/// The whole graph, in a canonical order: for export, for copying to another store, and for the contract
/// tests that prove re-ingestion semantics by comparing a graph before and after.
/// </summary>
public sealed record GraphSnapshot(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<StoredStatement> Statements)
{
    /// <summary>
    /// Which entities each article names and under which names, ordered by article id, then name. With the statements
    /// these are everything an article contributed, so a copy can put the articles again into another store
    /// (entities mentioned without any statement included).
    /// </summary>
    public IReadOnlyList<ArticleMention> Mentions { get; init; } = [];

    /// <summary>
    /// Article ids in the order the store first took them in. A copy puts articles in this order, because ties in
    /// naming (the earliest article wins) and in resolution fall by arrival.
    /// </summary>
    public IReadOnlyList<string> IngestionOrder { get; init; } = [];
}

/// <summary>
/// An article's entity as stored: the name the article gave it, the other names it used (ordinal order, one per
/// <see cref="Core.Names.NameKey"/>), and the graph entity it resolved to.
/// </summary>
public sealed record ArticleMention(string ArticleId, string EntityId, string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>A mention in canonical form from every name the article gave (the canonical name among them or not).</summary>
    public static ArticleMention Of(string articleId, string entityId, string name, IEnumerable<string> names)
    {
        var nameKey = Core.Names.NameKey.Of(name);
        var aliases = names
            .Select(n => (Key: Core.Names.NameKey.Of(n), Name: n))
            .Where(n => n.Key.Length > 0 && n.Key != nameKey)
            .DistinctBy(n => n.Key, StringComparer.Ordinal)
            .Select(n => n.Name)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new ArticleMention(articleId, entityId, name, aliases);
    }

    /// <summary>The canonical order of <see cref="GraphSnapshot.Mentions"/>: article id, then the name's key.</summary>
    public static IReadOnlyList<ArticleMention> Canonical(IEnumerable<ArticleMention> mentions) =>
        [.. mentions.OrderBy(m => m.ArticleId, StringComparer.Ordinal).ThenBy(m => Core.Names.NameKey.Of(m.Name), StringComparer.Ordinal)];
}
