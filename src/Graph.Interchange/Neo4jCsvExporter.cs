using System.Globalization;
using System.Text;
using Graph.Store;

namespace Graph.Interchange;

/// <summary>
/// Writes the graph as the CSV files <c>neo4j-admin database import full</c> reads, into one folder,
/// with an <c>import.sh</c> holding the exact command. The layout is the one the Neo4j adapter builds:
/// (:Entity:Person {id,name,aliases,type}), (:Article), (:Statement) with
/// (:Statement)-[:SUBJECT|OBJECT]->(:Entity), (:Statement)-[:FROM]->(:Article),
/// (:Article)-[:MENTIONS]->(:Entity), and typed aggregated relationships (:Entity)-[:MET {support,…}]->(:Entity).
/// </summary>
public static class Neo4jCsvExporter
{
    /// <summary>The files written, in the order the import command names them.</summary>
    public static readonly IReadOnlyList<string> Files =
    [
        "articles.csv", "entities.csv", "statements.csv",
        "relations.csv", "statement-subject.csv", "statement-object.csv", "statement-article.csv",
    ];

    public static void Write(GraphSnapshot graph, string folder)
    {
        Directory.CreateDirectory(folder);
        Csv(folder, "articles.csv", csv =>
        {
            csv.Row("id:ID(Article)", "url", "title", "source", "publishedAt:datetime", "contentHash", "ingestedAt:datetime", ":LABEL");
            foreach (var a in graph.Articles)
            {
                csv.Row(a.Id, a.Url, a.Title, a.Source, Date(a.PublishedAt), a.ContentHash, Date(a.IngestedAt), "Article");
            }
        });
        Csv(folder, "entities.csv", csv =>
        {
            csv.Row("id:ID(Entity)", "name", "type", "aliases:string[]", ":LABEL");
            foreach (var e in graph.Entities)
            {
                csv.Row(e.Id, e.Name, e.Type, string.Join(';', e.Aliases), "Entity;" + Core.Ontology.EntityTypeDefinition.LabelOf(e.Type));
            }
        });
        Csv(folder, "statements.csv", csv =>
        {
            csv.Row("id:ID(Statement)", "relation", "subject", "object", "sentence", "sentenceIndex:int",
                "sentenceStart:int", "sentenceEnd:int", "subjectStart:int", "subjectEnd:int", "objectStart:int", "objectEnd:int",
                "confidence:double", "negated:boolean", "extractedAt:datetime", ":LABEL");
            foreach (var s in graph.Statements)
            {
                var st = s.Statement;
                csv.Row(s.Id, st.Relation, st.Subject, st.Object, st.Sentence, Int(st.SentenceIndex),
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
        Links(folder, "statement-subject.csv", "Entity", "SUBJECT", graph.Statements.Select(s => (s.Id, s.SubjectId)));
        Links(folder, "statement-object.csv", "Entity", "OBJECT", graph.Statements.Select(s => (s.Id, s.ObjectId)));
        Links(folder, "statement-article.csv", "Article", "FROM", graph.Statements.Select(s => (s.Id, s.Statement.ArticleId)));
        File.WriteAllText(Path.Combine(folder, "import.sh"), ImportCommand(), new UTF8Encoding(false));
    }

    /// <summary>The neo4j-admin command that loads the folder into an empty database named "neo4j".</summary>
    public static string ImportCommand() =>
        """
        #!/bin/sh
        # Load this folder into an empty Neo4j database (stop the database first). Run from this folder.
        neo4j-admin database import full neo4j --overwrite-destination \
          --nodes=articles.csv --nodes=entities.csv --nodes=statements.csv \
          --relationships=relations.csv \
          --relationships=statement-subject.csv --relationships=statement-object.csv \
          --relationships=statement-article.csv

        """;

    private static void Links(string folder, string file, string endGroup, string type, IEnumerable<(string From, string To)> links) =>
        Csv(folder, file, csv =>
        {
            csv.Row(":START_ID(Statement)", $":END_ID({endGroup})", ":TYPE");
            foreach (var (from, to) in links)
            {
                csv.Row(from, to, type);
            }
        });

    private static void Csv(string folder, string file, Action<CsvWriter> write)
    {
        using var writer = new StreamWriter(Path.Combine(folder, file), false, new UTF8Encoding(false));
        write(new CsvWriter(writer));
    }

    private static string? Date(DateTimeOffset? value) => value?.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    private static string? Int(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
