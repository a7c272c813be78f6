using Graph.Core.Model;
using Graph.Core.Names;
using Graph.Extraction.Entities;
using Graph.Extraction.Relations;
using Graph.Extraction.Text;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// Turns relation facts into the domain's statements with provenance (sentence index, sentence span and
/// text, argument spans, confidence), and the article's entities into the domain's article entities.
/// </summary>
internal static class StatementBuilder
{
    public static ArticleFacts Build(Document document, IReadOnlyList<DocumentEntity> entities, IReadOnlyList<RelationFact> facts)
    {
        var articleEntities = new List<ArticleEntity>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            // Two entities that differ only in case or punctuation are one name to the store and the scorer.
            if (names.Add(NameKey.Of(entity.Name)))
            {
                articleEntities.Add(entity.ToArticleEntity());
            }
        }

        var statements = facts
            .Where(f => names.Contains(NameKey.Of(f.Subject.Name)) && names.Contains(NameKey.Of(f.Object.Name)))
            .Select(f => ToStatement(document, f))
            .ToList();
        return new ArticleFacts(document.Article, articleEntities, statements);
    }

    private static Statement ToStatement(Document document, RelationFact fact)
    {
        var sentence = document.Sentences[fact.SentenceIndex];
        return new Statement(
            document.Article.Id,
            fact.Subject.Name,
            fact.Relation,
            fact.Object.Name,
            sentence.Text,
            Math.Round(fact.Confidence, 3),
            fact.Negated)
        {
            SentenceIndex = sentence.Index,
            SentenceSpan = sentence.Span,
            SubjectSpan = fact.Subject.Span,
            ObjectSpan = fact.Object.Span,
        };
    }
}
