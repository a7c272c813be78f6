using System.Globalization;
using Graph.Core.Model;
using Graph.Store;

namespace Graph.Interchange.Reading;

/// <summary>One article as it is put again into a store, with the time the source store took it in.</summary>
public sealed record ReplayedArticle(ArticleFacts Facts, DateTimeOffset? IngestedAt);

/// <summary>
/// Turns a snapshot back into what its articles contributed (each article's entities under the names it gave them,
/// and its statements in their original order), in the order the source store took them in. Putting these into an
/// empty store rebuilds the same graph: entities, ids, relations and aggregates are derived by the store, as they
/// were the first time. Manual curation (merges, hand-given aliases) lives outside articles: once the articles are in,
/// <see cref="CurationReplay"/> makes it again.
/// </summary>
public static class GraphReplay
{
    /// <param name="ontology">When given, every entity and relation type must be one of its types (checked before anything is written).</param>
    /// <exception cref="InterchangeFormatException">Facts that do not hang together or name unknown types; every problem listed.</exception>
    public static IReadOnlyList<ReplayedArticle> Articles(GraphSnapshot graph, Core.Ontology.GraphOntology? ontology = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var problems = new List<string>();
        if (ontology is not null)
        {
            problems.AddRange(graph.Entities.Where(e => !ontology.IsEntityType(e.Type)).Select(e => $"entity '{e.Id}' has type '{e.Type}', which the ontology does not define"));
            problems.AddRange(graph.Statements.Where(s => !ontology.IsRelationType(s.Statement.Relation))
                .Select(s => $"statement '{s.Id}' has relation '{s.Statement.Relation}', which the ontology does not define"));
        }

        var typeOf = graph.Entities.ToDictionary(e => e.Id, e => e.Type, StringComparer.Ordinal);
        var mentions = graph.Mentions.ToLookup(m => m.ArticleId, StringComparer.Ordinal);
        var statements = graph.Statements.ToLookup(s => s.Statement.ArticleId, StringComparer.Ordinal);
        var byId = graph.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var orphan in graph.Mentions.Where(m => !byId.ContainsKey(m.ArticleId)).Select(m => m.ArticleId)
                     .Concat(graph.Statements.Where(s => !byId.ContainsKey(s.Statement.ArticleId)).Select(s => s.Statement.ArticleId))
                     .Distinct(StringComparer.Ordinal))
        {
            problems.Add($"facts of article '{orphan}', which is not in the export");
        }

        var order = graph.IngestionOrder.Where(byId.ContainsKey)
            .Concat(graph.Articles.Select(a => a.Id).Order(StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal);
        var result = new List<ReplayedArticle>(byId.Count);
        foreach (var id in order)
        {
            var article = byId[id];
            var entities = new List<ArticleEntity>();
            foreach (var mention in mentions[id])
            {
                if (typeOf.TryGetValue(mention.EntityId, out var type))
                {
                    entities.Add(new ArticleEntity(mention.Name, type, mention.Aliases));
                }
                else
                {
                    problems.Add($"article '{id}' mentions entity '{mention.EntityId}', which is not in the export");
                }
            }

            var facts = new ArticleFacts(article with { IngestedAt = null }, entities, [.. statements[id].OrderBy(Ordinal).Select(s => s.Statement)]);
            problems.AddRange(facts.Problems().Select(p => $"article '{id}': {p}"));
            result.Add(new ReplayedArticle(facts, article.IngestedAt));
        }

        return problems.Count > 0 ? throw new InterchangeFormatException(problems) : result;
    }

    /// <summary>A statement's place in its article: the number after '#' in its id (both stores' form), so "a#10" follows "a#9".</summary>
    private static long Ordinal(StoredStatement statement)
    {
        var hash = statement.Id.LastIndexOf('#');
        return hash >= 0 && long.TryParse(statement.Id.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;
    }
}
