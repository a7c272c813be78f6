using Graph.Core.Model;
using Graph.Core.Names;
using Graph.Core.Ontology;

namespace Graph.Store.Rules;

/// <summary>Everything that makes facts unwritable, found before anything is written; every store adapter checks with this one rule set.</summary>
internal static class FactsValidator
{
    public static void EnsureValid(ArticleFacts facts, GraphOntology ontology)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var article = facts.Article;
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(article.Id))
        {
            problems.Add("the article has no id");
        }

        if (string.IsNullOrWhiteSpace(article.ContentHash))
        {
            problems.Add("the article has no content hash");
        }

        problems.AddRange(facts.Problems());
        foreach (var entity in facts.Entities)
        {
            if (!ontology.IsEntityType(entity.Type))
            {
                problems.Add($"entity '{entity.Name}' has unknown type '{entity.Type}'");
            }

            if (!string.IsNullOrWhiteSpace(entity.Name) && NameKey.Of(entity.Name).Length == 0)
            {
                problems.Add($"entity name '{entity.Name}' has no letters or digits");
            }
        }

        foreach (var statement in facts.Statements)
        {
            if (!ontology.IsRelationType(statement.Relation))
            {
                problems.Add($"statement '{statement.Subject} -{statement.Relation}-> {statement.Object}' has unknown relation type '{statement.Relation}'");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidFactsException(article.Id ?? string.Empty, problems);
        }
    }
}
