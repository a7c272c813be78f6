using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Graph.Core.Model;
using Graph.Store;

namespace Graph.Interchange.Reading;

/// <summary>
/// Reads what <see cref="GraphMlExporter"/> writes back into a snapshot: entity and article nodes, relation, statement
/// and mention edges, told apart by their <c>kind</c>. Problems name the file and the element's line.
/// </summary>
public static class GraphMlReader
{
    private static readonly XNamespace Ns = GraphMlKeys.Namespace;

    public static GraphSnapshot ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        XDocument xml;
        try
        {
            xml = XDocument.Load(path, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new InterchangeFormatException([$"{name}:{e.LineNumber}: not well-formed XML: {e.Message}"]);
        }

        var builder = new SnapshotBuilder();
        var graph = xml.Root is { } root && root.Name == Ns + "graphml" ? root.Element(Ns + "graph") : null;
        if (graph is null)
        {
            throw new InterchangeFormatException([$"{name}: not GraphML (expected <graphml xmlns=\"{GraphMlKeys.Namespace}\"> with a <graph>)"]);
        }

        foreach (var element in graph.Elements())
        {
            var at = $"{name}:{((IXmlLineInfo)element).LineNumber}";
            try
            {
                var data = new DataOf(element);
                if (element.Name == Ns + "node")
                {
                    Node(element, data, builder);
                }
                else if (element.Name == Ns + "edge")
                {
                    Edge(element, data, builder);
                }
            }
            catch (FormatException e)
            {
                builder.Problems.Add($"{at}: {e.Message}");
            }
        }

        return builder.Build();
    }

    private static void Node(XElement node, DataOf data, SnapshotBuilder into)
    {
        var id = Attribute(node, "id");
        switch (data.Required("kind"))
        {
            case "entity":
                into.Entities.Add(new Entity(id, data.Required("type"), data.Required("label"), Strings(data.Required("aliases")))
                {
                    MentionCount = int.Parse(data.Required("mentionCount"), CultureInfo.InvariantCulture),
                });
                break;
            case "article":
                if (!id.StartsWith(GraphMlKeys.ArticlePrefix, StringComparison.Ordinal))
                {
                    throw new FormatException($"article node id '{id}' does not start with '{GraphMlKeys.ArticlePrefix}'");
                }

                into.Article(
                    new Article(id[GraphMlKeys.ArticlePrefix.Length..], data.Required("contentHash"), data.Optional("url"), data.Optional("title"), data.Optional("source"), OptionalDate(data.Optional("publishedAt")))
                    {
                        IngestedAt = OptionalDate(data.Optional("ingestedAt")),
                    },
                    data.Optional("order") is { } order ? long.Parse(order, CultureInfo.InvariantCulture) : null);
                break;
            case var other:
                throw new FormatException($"node kind '{other}' (expected entity or article)");
        }
    }

    private static void Edge(XElement edge, DataOf data, SnapshotBuilder into)
    {
        var source = Attribute(edge, "source");
        var target = Attribute(edge, "target");
        switch (data.Required("kind"))
        {
            case "relation":
                into.Relations.Add(new Relation(Attribute(edge, "id"), data.Required("label"), source, target,
                    int.Parse(data.Required("support"), CultureInfo.InvariantCulture), Double(data.Required("confidence")),
                    Date(data.Required("firstSeen")), Date(data.Required("lastSeen"))));
                break;
            case "statement":
                var statement = new Statement(data.Required("article"), data.Required("subject"), data.Required("label"), data.Required("object"),
                    data.Required("sentence"), Double(data.Required("confidence")), bool.Parse(data.Required("negated")))
                {
                    SentenceIndex = int.Parse(data.Required("sentenceIndex"), CultureInfo.InvariantCulture),
                    SentenceSpan = Span(data.Optional("sentenceSpan")),
                    SubjectSpan = Span(data.Optional("subjectSpan")),
                    ObjectSpan = Span(data.Optional("objectSpan")),
                };
                into.Statements.Add(new StoredStatement(Attribute(edge, "id"), data.Required("relationId"), source, target, statement, Date(data.Required("extractedAt"))));
                break;
            case "mention":
                if (!source.StartsWith(GraphMlKeys.ArticlePrefix, StringComparison.Ordinal))
                {
                    throw new FormatException($"mention edge source '{source}' is not an article node");
                }

                into.Mentions.Add(new ArticleMention(source[GraphMlKeys.ArticlePrefix.Length..], target, data.Required("name"), Strings(data.Required("aliases"))));
                break;
            case var other:
                throw new FormatException($"edge kind '{other}' (expected relation, statement or mention)");
        }
    }

    private static string Attribute(XElement element, string name) =>
        element.Attribute(name)?.Value ?? throw new FormatException($"<{element.Name.LocalName}> has no {name} attribute");

    private static double Double(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static DateTimeOffset Date(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static DateTimeOffset? OptionalDate(string? text) => text is null ? null : Date(text);

    private static IReadOnlyList<string> Strings(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<string[]>(json) ?? throw new FormatException("a list is null");
        }
        catch (JsonException e)
        {
            throw new FormatException($"'{json}' is not a JSON list of strings: {e.Message}");
        }
    }

    private static TextSpan? Span(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split("..");
        return parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var start) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var end)
            ? new TextSpan(start, end)
            : throw new FormatException($"span '{text}' is not start..end");
    }

    /// <summary>An element's data values by attribute name (the key's attr.name, so node and edge keys of one name read alike).</summary>
    private sealed class DataOf
    {
        private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

        public DataOf(XElement element)
        {
            foreach (var data in element.Elements(Ns + "data"))
            {
                var key = data.Attribute("key")?.Value ?? throw new FormatException("<data> without a key");
                var known = GraphMlKeys.All.FirstOrDefault(k => k.Id == key);
                values[known.Name ?? key] = data.Value;
            }
        }

        public string Required(string name) => values.TryGetValue(name, out var value) ? value : throw new FormatException($"no '{name}' data");

        public string? Optional(string name) => values.GetValueOrDefault(name);
    }
}
