namespace Graph.Core.Ontology;

/// <summary>An entity type of the ontology. Named types (PERSON, ORGANIZATION, LOCATION) are scored as named entities.</summary>
public sealed record EntityTypeDefinition(string Name, string Description, bool Named)
{
    /// <summary>The node label of this type in a property graph (Neo4j): PERSON → Person.</summary>
    public string Label => LabelOf(Name);

    /// <summary>
    /// The node label of an entity type name: PERSON → Person, MILITARY_UNIT → MilitaryUnit. The one rule the Neo4j
    /// adapter, the exports and the Cypher lint agree on; type names are <c>[A-Z][A-Z0-9_]*</c> (the loader checks).
    /// </summary>
    public static string LabelOf(string typeName) =>
        string.Concat(typeName.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(word => word[0] + word[1..].ToLowerInvariant()));
}
