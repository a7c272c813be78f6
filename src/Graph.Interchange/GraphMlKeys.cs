namespace Graph.Interchange;

/// <summary>
/// The GraphML attribute keys the exporter declares and the reader expects. A key's id is what <c>&lt;data key="…"&gt;</c>
/// names; several ids share an attribute name across nodes and edges (<c>label</c>), as Gephi and yEd expect.
/// </summary>
internal static class GraphMlKeys
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>Prefix of article node ids, keeping them apart from entity ids (<c>type:key</c>).</summary>
    public const string ArticlePrefix = "article:";

    public static readonly (string Id, string For, string Name, string Type)[] All =
    [
        ("kind", "node", "kind", "string"),
        ("label", "node", "label", "string"),
        ("type", "node", "type", "string"),
        ("aliases", "node", "aliases", "string"),
        ("mentionCount", "node", "mentionCount", "int"),
        ("url", "node", "url", "string"),
        ("title", "node", "title", "string"),
        ("source", "node", "source", "string"),
        ("publishedAt", "node", "publishedAt", "string"),
        ("contentHash", "node", "contentHash", "string"),
        ("ingestedAt", "node", "ingestedAt", "string"),
        ("order", "node", "order", "long"),
        ("ekind", "edge", "kind", "string"),
        ("elabel", "edge", "label", "string"),
        ("support", "edge", "support", "int"),
        ("confidence", "edge", "confidence", "double"),
        ("firstSeen", "edge", "firstSeen", "string"),
        ("lastSeen", "edge", "lastSeen", "string"),
        ("article", "edge", "article", "string"),
        ("relationId", "edge", "relationId", "string"),
        ("subject", "edge", "subject", "string"),
        ("object", "edge", "object", "string"),
        ("sentence", "edge", "sentence", "string"),
        ("sentenceIndex", "edge", "sentenceIndex", "int"),
        ("sentenceSpan", "edge", "sentenceSpan", "string"),
        ("subjectSpan", "edge", "subjectSpan", "string"),
        ("objectSpan", "edge", "objectSpan", "string"),
        ("negated", "edge", "negated", "boolean"),
        ("extractedAt", "edge", "extractedAt", "string"),
        ("name", "edge", "name", "string"),
        ("ealiases", "edge", "aliases", "string"),
    ];
}
