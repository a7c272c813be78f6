using Graph.Core.Ontology;

namespace Graph.Store.Neo4j;

/// <summary>
/// The node label of an entity type: PERSON → Person, MILITARY_UNIT → MilitaryUnit (tests/cypher-lint applies the same
/// rule). Labels are set dynamically in Cypher (<c>:$(row.label)</c>), so this is the one place that decides them, and
/// it only accepts names the ontology declares (which its loader restricts to <c>[A-Z][A-Z0-9_]*</c>).
/// </summary>
internal static class EntityLabels
{
    public static string For(GraphOntology ontology, string entityType)
    {
        if (!ontology.IsEntityType(entityType))
        {
            throw new ArgumentException($"'{entityType}' is not an entity type of the ontology", nameof(entityType));
        }

        return EntityTypeDefinition.LabelOf(entityType);
    }
}
