using Graph.Core.Ontology;

namespace Graph.Store.Neo4j.Writing;

/// <summary>The identity of an aggregated relation: its ends (the smaller id first for a symmetric type) and its type.</summary>
internal readonly record struct RelationKey(string Subject, string Type, string Object)
{
    public static RelationKey Of(GraphOntology ontology, string subjectId, string type, string objectId) =>
        ontology.RelationType(type).Symmetric && string.CompareOrdinal(subjectId, objectId) > 0
            ? new RelationKey(objectId, type, subjectId)
            : new RelationKey(subjectId, type, objectId);

    public string Id => Store.Relation.IdOf(Subject, Type, Object);

    /// <summary>Parses a relation id (subject|TYPE|object); false when it is not one.</summary>
    public static bool TryParse(string relationId, out RelationKey key)
    {
        var parts = relationId.Split('|');
        var ok = parts.Length == 3 && parts.All(p => p.Length > 0);
        key = ok ? new RelationKey(parts[0], parts[1], parts[2]) : default;
        return ok;
    }

    /// <summary>The row the relation statements take; the type is an ontology name, checked before it becomes a relationship type.</summary>
    public Dictionary<string, object?> Row(GraphOntology ontology) =>
        ontology.IsRelationType(Type)
            ? Parameters.Of(("id", Id), ("type", Type), ("subjectId", Subject), ("objectId", Object))
            : throw new InvalidOperationException($"'{Type}' is not a relation type of the ontology; it cannot become a relationship type");
}
