namespace Graph.Core.Ontology;

/// <summary>An entity type of the ontology. Named types (PERSON, ORGANIZATION, LOCATION) are scored as named entities.</summary>
public sealed record EntityTypeDefinition(string Name, string Description, bool Named);
