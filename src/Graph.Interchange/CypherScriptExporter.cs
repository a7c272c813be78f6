using System.Text;
using Graph.Core.Model;
using Graph.Core.Names;
using Graph.Core.Ontology;
using Graph.Store;

namespace Graph.Interchange;

/// <summary>
/// Writes a Cypher script that rebuilds the graph in a Neo4j database (5.26 or later): the schema statements the
/// adapter applies, then articles, entities (labelled by type), mentions, statements linked from their articles, and the typed,
/// aggregated relationships, in batches of literal rows so it runs as it is (<c>cypher-shell -f</c>, Neo4j Browser).
/// The node and property names are the Neo4j adapter's (cypher/README.md), so the result reads the same in Browser.
/// Relationship types and labels are written into the text, which is safe because they are ontology names
/// (<c>[A-Z][A-Z0-9_]*</c>, checked here again); every value is a literal.
/// </summary>
public static class CypherScriptExporter
{
    private const int BatchSize = 500;

    public static string Write(GraphSnapshot graph, IEnumerable<string> schemaStatements)
    {
        var script = new StringBuilder();
        script.Append("// Graph export: rebuilds this graph in an empty Neo4j database. Run: cypher-shell -f THIS_FILE\n");
        foreach (var statement in schemaStatements)
        {
            script.Append(StripComments(statement)).Append(";\n");
        }

        var order = graph.IngestionOrder.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i + 1, StringComparer.Ordinal);
        Batches(script, graph.Articles.Select(a => ArticleRow(a, order.TryGetValue(a.Id, out var seq) ? seq : null)), "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row");
        foreach (var group in graph.Entities.GroupBy(e => e.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var label = EntityTypeDefinition.LabelOf(Checked(group.Key));
            Batches(script, group.Select(EntityRow), $"UNWIND $rows AS row MERGE (e:Entity {{id: row.id}}) SET e += row, e:{label}");
        }

        Batches(script, graph.Mentions.Select(MentionRow),
            "UNWIND $rows AS row MATCH (a:Article {id: row.articleId}) MATCH (e:Entity {id: row.id}) "
            + "MERGE (a)-[m:MENTIONS]->(e) SET m.name = row.name, m.key = row.key, m.aliases = row.aliases");
        Batches(script, graph.Statements.Select(StatementRow),
            "UNWIND $rows AS row MATCH (a:Article {id: row.articleId}) MERGE (a)-[:STATES]->(s:Statement {id: row.id}) SET s += row");
        foreach (var group in graph.Relations.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var type = Checked(group.Key);
            Batches(script, group.Select(RelationRow),
                $"UNWIND $rows AS row MATCH (s:Entity {{id: row.subjectId}}) MATCH (o:Entity {{id: row.objectId}}) "
                + $"MERGE (s)-[r:{type}]->(o) SET r.id = row.id, r.support = row.support, r.confidence = row.confidence, "
                + "r.firstSeen = row.firstSeen, r.lastSeen = row.lastSeen");
        }

        return script.ToString();
    }

    /// <summary>Splits a script written by <see cref="Write"/> back into its statements (for checking each one).</summary>
    public static IReadOnlyList<string> Statements(string script) =>
        [.. script.Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(StripComments).Where(s => s.Length > 0)];

    private static void Batches(StringBuilder script, IEnumerable<Dictionary<string, object?>> rows, string statement)
    {
        foreach (var batch in rows.Chunk(BatchSize))
        {
            var literal = new StringBuilder("[");
            for (var i = 0; i < batch.Length; i++)
            {
                literal.Append(i == 0 ? string.Empty : ",\n  ");
                CypherLiteral.Write(literal, batch[i]);
            }

            literal.Append(']');
            script.Append(statement.Replace("UNWIND $rows", "UNWIND " + literal, StringComparison.Ordinal)).Append(";\n");
        }
    }

    private static Dictionary<string, object?> ArticleRow(Article a, int? seq) => new()
    {
        ["id"] = a.Id, ["url"] = a.Url, ["title"] = a.Title, ["source"] = a.Source,
        ["publishedAt"] = a.PublishedAt, ["contentHash"] = a.ContentHash, ["ingestedAt"] = a.IngestedAt, ["seq"] = seq,
    };

    private static Dictionary<string, object?> MentionRow(ArticleMention m) => new()
    {
        ["articleId"] = m.ArticleId, ["id"] = m.EntityId, ["name"] = m.Name, ["key"] = NameKey.Of(m.Name), ["aliases"] = m.Aliases.Prepend(m.Name).ToList(),
    };

    private static Dictionary<string, object?> EntityRow(Entity e) => new()
    {
        ["id"] = e.Id, ["type"] = e.Type, ["name"] = e.Name, ["aliases"] = e.Aliases, ["nameKey"] = NameKey.Of(e.Name),
    };

    private static Dictionary<string, object?> StatementRow(StoredStatement s)
    {
        var st = s.Statement;
        return new()
        {
            ["id"] = s.Id, ["articleId"] = st.ArticleId, ["relationId"] = s.RelationId, ["type"] = st.Relation,
            ["subjectId"] = s.SubjectId, ["objectId"] = s.ObjectId, ["subject"] = st.Subject, ["object"] = st.Object,
            ["sentence"] = st.Sentence, ["sentenceIndex"] = st.SentenceIndex,
            ["sentenceStart"] = st.SentenceSpan?.Start, ["sentenceEnd"] = st.SentenceSpan?.End,
            ["subjectStart"] = st.SubjectSpan?.Start, ["subjectEnd"] = st.SubjectSpan?.End,
            ["objectStart"] = st.ObjectSpan?.Start, ["objectEnd"] = st.ObjectSpan?.End,
            ["confidence"] = st.Confidence, ["negated"] = st.Negated, ["extractedAt"] = s.ExtractedAt,
        };
    }

    private static Dictionary<string, object?> RelationRow(Relation r) => new()
    {
        ["id"] = r.Id, ["subjectId"] = r.SubjectId, ["objectId"] = r.ObjectId, ["support"] = r.Support,
        ["confidence"] = r.Confidence, ["firstSeen"] = r.FirstSeen, ["lastSeen"] = r.LastSeen,
    };

    private static string Checked(string typeName) =>
        typeName.Length > 0 && char.IsAsciiLetterUpper(typeName[0]) && typeName.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_')
            ? typeName
            : throw new InvalidOperationException($"'{typeName}' is not an ontology type name; refusing to write it into Cypher");

    private static string StripComments(string statement) =>
        string.Join('\n', statement.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal))).Trim();
}
