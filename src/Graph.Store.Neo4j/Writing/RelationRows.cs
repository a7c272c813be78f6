using Graph.Core.Ontology;
using Graph.Store.Rules;

namespace Graph.Store.Neo4j.Writing;

/// <summary>How a relation key becomes the parameter row of the Neo4j relation statements.</summary>
internal static class RelationRows
{
    /// <summary>The row the relation statements take; the type is an ontology name, checked before it becomes a relationship type.</summary>
    public static Dictionary<string, object?> Row(this RelationKey key, GraphOntology ontology) =>
        ontology.IsRelationType(key.Type)
            ? Parameters.Of(("id", key.Id), ("type", key.Type), ("subjectId", key.Subject), ("objectId", key.Object))
            : throw new InvalidOperationException($"'{key.Type}' is not a relation type of the ontology; it cannot become a relationship type");
}
