namespace Graph.Core.Ontology;

/// <summary>
/// The entity and relation types the graph knows, loaded from a data file (see <see cref="OntologyLoader"/>).
/// The default is the file embedded in this assembly, which follows extraction/GUIDELINES.md.
/// </summary>
public sealed class GraphOntology
{
    private readonly Dictionary<string, EntityTypeDefinition> entityTypes;
    private readonly Dictionary<string, RelationTypeDefinition> relationTypes;

    public GraphOntology(IEnumerable<EntityTypeDefinition> entityTypes, IEnumerable<RelationTypeDefinition> relationTypes)
    {
        this.entityTypes = entityTypes.ToDictionary(t => t.Name, StringComparer.Ordinal);
        this.relationTypes = relationTypes.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    private static readonly Lazy<GraphOntology> DefaultOntology = new(OntologyLoader.LoadDefault);

    /// <summary>The ontology shipped with Graph (the GUIDELINES types and their signal words).</summary>
    public static GraphOntology Default => DefaultOntology.Value;

    public IReadOnlyCollection<EntityTypeDefinition> EntityTypes => entityTypes.Values;

    public IReadOnlyCollection<RelationTypeDefinition> RelationTypes => relationTypes.Values;

    public bool IsEntityType(string name) => entityTypes.ContainsKey(name);

    public bool IsRelationType(string name) => relationTypes.ContainsKey(name);

    public EntityTypeDefinition EntityType(string name) =>
        entityTypes.TryGetValue(name, out var type) ? type : throw new KeyNotFoundException($"unknown entity type '{name}'");

    public RelationTypeDefinition RelationType(string name) =>
        relationTypes.TryGetValue(name, out var type) ? type : throw new KeyNotFoundException($"unknown relation type '{name}'");

    public bool TryGetRelationType(string name, out RelationTypeDefinition type) =>
        relationTypes.TryGetValue(name, out type!);
}
