using System.Globalization;
using System.Text;
using System.Xml;
using Graph.Store;

namespace Graph.Interchange;

/// <summary>
/// Writes entities as nodes and aggregated relations as directed edges in GraphML, the format
/// Gephi and yEd open. Each node carries <c>label</c> (its name, what both tools show), type and aliases;
/// each edge its relation type as <c>label</c>, support, confidence and first/last seen dates.
/// </summary>
public static class GraphMlExporter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("label", "node", "label", "string"),
        ("type", "node", "type", "string"),
        ("aliases", "node", "aliases", "string"),
        ("elabel", "edge", "label", "string"),
        ("support", "edge", "support", "int"),
        ("confidence", "edge", "confidence", "double"),
        ("firstSeen", "edge", "firstSeen", "string"),
        ("lastSeen", "edge", "lastSeen", "string"),
    ];

    public static void Write(GraphSnapshot graph, Stream output)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        foreach (var (id, forWhat, name, type) in Keys)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", forWhat);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "graph");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var entity in graph.Entities)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", entity.Id);
            Data(xml, "label", entity.Name);
            Data(xml, "type", entity.Type);
            Data(xml, "aliases", string.Join("; ", entity.Aliases));
            xml.WriteEndElement();
        }

        foreach (var relation in graph.Relations)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", relation.Id);
            xml.WriteAttributeString("source", relation.SubjectId);
            xml.WriteAttributeString("target", relation.ObjectId);
            Data(xml, "elabel", relation.Type);
            Data(xml, "support", relation.Support.ToString(CultureInfo.InvariantCulture));
            Data(xml, "confidence", relation.Confidence.ToString("R", CultureInfo.InvariantCulture));
            Data(xml, "firstSeen", relation.FirstSeen.ToString("O", CultureInfo.InvariantCulture));
            Data(xml, "lastSeen", relation.LastSeen.ToString("O", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
