using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using Graph.Core.Model;
using Graph.Store;

namespace Graph.Interchange;

/// <summary>
/// Writes the graph as GraphML, the format Gephi and yEd open. Every node and edge has a <c>kind</c>: entities are
/// nodes (<c>label</c> = name, type, aliases) and aggregated relations are edges (<c>label</c> = relation type, support,
/// confidence, first/last seen) — filter on kind = entity / relation for the who-did-what picture. Articles are nodes
/// too, with <c>mention</c> edges to the entities they name and <c>statement</c> edges (subject to object, with the
/// sentence), so the file holds the whole graph and <see cref="Reading.GraphMlReader"/> reads it back.
/// Lists (aliases) are JSON arrays and spans <c>start..end</c>, so values survive exactly.
/// </summary>
public static class GraphMlExporter
{
    public static void Write(GraphSnapshot graph, Stream output)
    {
        // Entitized line breaks come back exactly (a raw \r would be normalised away by any XML reader).
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineHandling = NewLineHandling.Entitize };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", GraphMlKeys.Namespace);
        foreach (var (id, forWhat, name, type) in GraphMlKeys.All)
        {
            xml.WriteStartElement("key", GraphMlKeys.Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", forWhat);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph", GraphMlKeys.Namespace);
        xml.WriteAttributeString("id", "graph");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var entity in graph.Entities)
        {
            Element(xml, "node", ("id", entity.Id));
            Data(xml, "kind", "entity");
            Data(xml, "label", entity.Name);
            Data(xml, "type", entity.Type);
            Data(xml, "aliases", JsonSerializer.Serialize(entity.Aliases));
            Data(xml, "mentionCount", Invariant(entity.MentionCount));
            xml.WriteEndElement();
        }

        var order = graph.IngestionOrder.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        foreach (var a in graph.Articles)
        {
            Element(xml, "node", ("id", GraphMlKeys.ArticlePrefix + a.Id));
            Data(xml, "kind", "article");
            Data(xml, "label", a.Title ?? a.Id);
            Data(xml, "url", a.Url);
            Data(xml, "title", a.Title);
            Data(xml, "source", a.Source);
            Data(xml, "publishedAt", Date(a.PublishedAt));
            Data(xml, "contentHash", a.ContentHash);
            Data(xml, "ingestedAt", Date(a.IngestedAt));
            Data(xml, "order", order.TryGetValue(a.Id, out var place) ? Invariant(place) : null);
            xml.WriteEndElement();
        }

        foreach (var r in graph.Relations)
        {
            Element(xml, "edge", ("id", r.Id), ("source", r.SubjectId), ("target", r.ObjectId));
            Data(xml, "ekind", "relation");
            Data(xml, "elabel", r.Type);
            Data(xml, "support", Invariant(r.Support));
            Data(xml, "confidence", r.Confidence.ToString("R", CultureInfo.InvariantCulture));
            Data(xml, "firstSeen", Date(r.FirstSeen));
            Data(xml, "lastSeen", Date(r.LastSeen));
            xml.WriteEndElement();
        }

        foreach (var s in graph.Statements)
        {
            var st = s.Statement;
            Element(xml, "edge", ("id", s.Id), ("source", s.SubjectId), ("target", s.ObjectId));
            Data(xml, "ekind", "statement");
            Data(xml, "elabel", st.Relation);
            Data(xml, "article", st.ArticleId);
            Data(xml, "relationId", s.RelationId);
            Data(xml, "subject", st.Subject);
            Data(xml, "object", st.Object);
            Data(xml, "sentence", st.Sentence);
            Data(xml, "sentenceIndex", Invariant(st.SentenceIndex));
            Data(xml, "sentenceSpan", Span(st.SentenceSpan));
            Data(xml, "subjectSpan", Span(st.SubjectSpan));
            Data(xml, "objectSpan", Span(st.ObjectSpan));
            Data(xml, "confidence", st.Confidence.ToString("R", CultureInfo.InvariantCulture));
            Data(xml, "negated", st.Negated ? "true" : "false");
            Data(xml, "extractedAt", Date(s.ExtractedAt));
            xml.WriteEndElement();
        }

        foreach (var m in graph.Mentions)
        {
            Element(xml, "edge", ("source", GraphMlKeys.ArticlePrefix + m.ArticleId), ("target", m.EntityId));
            Data(xml, "ekind", "mention");
            Data(xml, "name", m.Name);
            Data(xml, "ealiases", JsonSerializer.Serialize(m.Aliases));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>The text form of a span in this file: <c>start..end</c>.</summary>
    internal static string? Span(TextSpan? span) => span is { } s ? Invariant(s.Start) + ".." + Invariant(s.End) : null;

    internal static string? Date(DateTimeOffset? date) => date?.ToString("O", CultureInfo.InvariantCulture);

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Element(XmlWriter xml, string name, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(name, GraphMlKeys.Namespace);
        foreach (var (attribute, value) in attributes)
        {
            xml.WriteAttributeString(attribute, value);
        }
    }

    /// <summary>A data element; none at all for a null value (absent means null when read back).</summary>
    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("data", GraphMlKeys.Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
