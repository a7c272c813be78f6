using Graph.Core.Ontology;

namespace Graph.Store.Rules;

/// <summary>The identity of an aggregated relation: its ends (canonical order for symmetric types) and type; the same in every store adapter.</summary>
internal readonly record struct RelationKey(string Subject, string Type, string Object)
{
    /// <summary>The relation a statement subject -type-> object supports: symmetric types put the smaller id first.</summary>
    public static RelationKey Of(GraphOntology ontology, string subjectId, string type, string objectId) =>
        ontology.RelationType(type).Symmetric && string.CompareOrdinal(subjectId, objectId) > 0
            ? new RelationKey(objectId, type, subjectId)
            : new RelationKey(subjectId, type, objectId);

    public string Id => Store.Relation.IdOf(Subject, Type, Object);

    /// <summary>Parses a relation id; false when it is not one (the port's ids are subject|TYPE|object).</summary>
    public static bool TryParse(string relationId, out RelationKey key)
    {
        var parts = relationId.Split('|');
        key = parts.Length == 3 && parts.All(p => p.Length > 0) ? new RelationKey(parts[0], parts[1], parts[2]) : default;
        return parts.Length == 3 && parts.All(p => p.Length > 0);
    }
}
