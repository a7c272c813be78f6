namespace Graph.Store.Neo4j.Cypher;

/// <summary>One Cypher statement from a file under <c>cypher/</c>: its name (the path without extension, e.g. <c>writes/upsert-entities</c>) and its text.</summary>
public sealed record CypherStatement(string Name, string Text)
{
    public override string ToString() => Name;
}
