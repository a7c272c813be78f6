using System.Globalization;
using System.Text;
using Graph.Core.Names;
using Graph.Store;

namespace Graph.Interchange;

/// <summary>
/// Writes the graph as the CSV files <c>neo4j-admin database import full</c> reads, into one folder, with an
/// <c>import.sh</c> holding the exact command. The layout is the Neo4j adapter's model (cypher/README.md), so the
/// Browser kit's guide, style and saved queries work on the imported database:
/// <c>(:Article)-[:STATES]-&gt;(:Statement)</c>, <c>(:Article)-[:MENTIONS {name, key, aliases}]-&gt;(:Entity:Person)</c> and
/// the typed, aggregated <c>(:Entity)-[:MET {id, support, …}]-&gt;(:Entity)</c>. <see cref="Reading.Neo4jCsvReader"/> reads the folder back.
/// </summary>
public static class Neo4jCsvExporter
{
    /// <summary>Between the elements of a list value (aliases): a control character no name holds, so none needs escaping.</summary>
    public const char ArrayDelimiter = '\u001F';

    /// <summary>The files written, in the order the import command names them.</summary>
    public static readonly IReadOnlyList<string> Files =
    [
        "articles.csv", "entities.csv", "statements.csv", "relations.csv", "states.csv", "mentions.csv",
    ];

    public static void Write(GraphSnapshot graph, string folder)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Directory.CreateDirectory(folder);
        var order = graph.IngestionOrder.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        Csv(folder, "articles.csv", csv =>
        {
            csv.Row("id:ID(Article)", "url", "title", "source", "publishedAt:datetime", "contentHash", "ingestedAt:datetime", "seq:long", ":LABEL");
            foreach (var a in graph.Articles)
            {
                csv.Row(a.Id, a.Url, a.Title, a.Source, Date(a.PublishedAt), a.ContentHash, Date(a.IngestedAt),
                    order.TryGetValue(a.Id, out var place) ? Int(place + 1) : null, "Article");
            }
        });
        Csv(folder, "entities.csv", csv =>
        {
            // No mention count: the adapter's model derives it from the statements, and so does the reader.
            csv.Row("id:ID(Entity)", "type", "name", "aliases:string[]", "nameKey", ":LABEL");
            foreach (var e in graph.Entities)
            {
                csv.Row(e.Id, e.Type, e.Name, List(e.Aliases), NameKey.Of(e.Name), "Entity;" + Core.Ontology.EntityTypeDefinition.LabelOf(e.Type));
            }
        });
        Csv(folder, "statements.csv", csv =>
        {
            csv.Row("id:ID(Statement)", "articleId", "relationId", "type", "subjectId", "objectId", "subject", "object", "sentence", "sentenceIndex:int",
                "sentenceStart:int", "sentenceEnd:int", "subjectStart:int", "subjectEnd:int", "objectStart:int", "objectEnd:int",
                "confidence:double", "negated:boolean", "extractedAt:datetime", ":LABEL");
            foreach (var s in graph.Statements)
            {
                var st = s.Statement;
                csv.Row(s.Id, st.ArticleId, s.RelationId, st.Relation, s.SubjectId, s.ObjectId, st.Subject, st.Object, st.Sentence, Int(st.SentenceIndex),
                    Int(st.SentenceSpan?.Start), Int(st.SentenceSpan?.End), Int(st.SubjectSpan?.Start), Int(st.SubjectSpan?.End),
                    Int(st.ObjectSpan?.Start), Int(st.ObjectSpan?.End),
                    Number(st.Confidence), st.Negated ? "true" : "false", Date(s.ExtractedAt), "Statement");
            }
        });
        Csv(folder, "relations.csv", csv =>
        {
            csv.Row(":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "id", "support:int", "confidence:double", "firstSeen:datetime", "lastSeen:datetime");
            foreach (var r in graph.Relations)
            {
                csv.Row(r.SubjectId, r.ObjectId, r.Type, r.Id, Int(r.Support), Number(r.Confidence), Date(r.FirstSeen), Date(r.LastSeen));
            }
        });
        Csv(folder, "states.csv", csv =>
        {
            csv.Row(":START_ID(Article)", ":END_ID(Statement)", ":TYPE");
            foreach (var s in graph.Statements)
            {
                csv.Row(s.Statement.ArticleId, s.Id, "STATES");
            }
        });
        Csv(folder, "mentions.csv", csv =>
        {
            // As the adapter stores a mention: the article's name for the entity, its key, and every name the article gave (that name first).
            csv.Row(":START_ID(Article)", ":END_ID(Entity)", ":TYPE", "name", "key", "aliases:string[]");
            foreach (var m in graph.Mentions)
            {
                csv.Row(m.ArticleId, m.EntityId, "MENTIONS", m.Name, NameKey.Of(m.Name), List(m.Aliases.Prepend(m.Name)));
            }
        });
        File.WriteAllText(Path.Combine(folder, "import.sh"), ImportCommand(), new UTF8Encoding(false));
    }

    /// <summary>The neo4j-admin command that loads the folder into an empty database named "neo4j".</summary>
    public static string ImportCommand() =>
        """
        #!/bin/sh
        # Load this folder into an empty Neo4j database (stop the database first). Run from this folder.
        # List values (aliases) are separated by U+001F, which no name holds.
        neo4j-admin database import full neo4j --overwrite-destination --array-delimiter=U+001F \
          --nodes=articles.csv --nodes=entities.csv --nodes=statements.csv \
          --relationships=relations.csv --relationships=states.csv --relationships=mentions.csv

        """;

    internal static string? Date(DateTimeOffset? value) => value?.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture);

    /// <summary>A list value; an empty list is no value at all (neo4j-admin reads an empty field as no property).</summary>
    private static string? List(IEnumerable<string> values)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        return list.Find(v => v.Contains(ArrayDelimiter, StringComparison.Ordinal)) is { } bad
            ? throw new InvalidOperationException($"the name '{bad}' holds U+001F, the CSV list delimiter")
            : string.Join(ArrayDelimiter, list);
    }

    private static void Csv(string folder, string file, Action<CsvWriter> write)
    {
        using var writer = new StreamWriter(Path.Combine(folder, file), false, new UTF8Encoding(false));
        write(new CsvWriter(writer));
    }

    private static string? Int(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
