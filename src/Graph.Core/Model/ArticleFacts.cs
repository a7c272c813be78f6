namespace Graph.Core.Model;

/// <summary>
/// Everything one article contributes to the graph: the unit the store writes (and replaces) atomically.
/// </summary>
public sealed record ArticleFacts(Article Article, IReadOnlyList<ArticleEntity> Entities, IReadOnlyList<Statement> Statements)
{
    /// <summary>
    /// Problems that would make the facts inconsistent: a statement naming an entity the article does not
    /// declare, a statement of another article, an entity declared twice. Empty when the facts are sound.
    /// </summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);

        // Statements name their ends with the entities' own spellings nearly always: each spelling's key is computed
        // once (NameKey normalises Unicode, and this runs on every write).
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        string KeyOf(string name)
        {
            if (!keys.TryGetValue(name, out var key))
            {
                keys[name] = key = Names.NameKey.Of(name);
            }

            return key;
        }

        foreach (var entity in Entities)
        {
            if (string.IsNullOrWhiteSpace(entity.Name))
            {
                problems.Add("an entity has an empty name");
            }
            else if (!names.Add(KeyOf(entity.Name)))
            {
                problems.Add($"entity '{entity.Name}' is declared twice");
            }
        }

        foreach (var statement in Statements)
        {
            if (statement.ArticleId != Article.Id)
            {
                problems.Add($"statement '{statement.Subject} -{statement.Relation}-> {statement.Object}' belongs to article '{statement.ArticleId}', not '{Article.Id}'");
            }

            foreach (var end in new[] { statement.Subject, statement.Object })
            {
                if (!names.Contains(KeyOf(end)))
                {
                    problems.Add($"statement '{statement.Subject} -{statement.Relation}-> {statement.Object}' names '{end}', which is not an entity of the article");
                }
            }

            if (statement.Confidence is < 0 or > 1 || double.IsNaN(statement.Confidence))
            {
                problems.Add($"statement '{statement.Subject} -{statement.Relation}-> {statement.Object}' has confidence {statement.Confidence}, outside 0..1");
            }
        }

        return problems;
    }
}
