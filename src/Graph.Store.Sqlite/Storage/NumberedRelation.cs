using Graph.Core.Ontology;
using Graph.Store.Rules;

namespace Graph.Store.Sqlite.Storage;

/// <summary>
/// A relation's key as this store keeps it: its ends' entity numbers (<c>entity.n</c>) and its type. The ends are in the
/// order of <see cref="RelationKey"/> (which goes by text id for symmetric types), so both keys name the same row.
/// </summary>
internal readonly record struct NumberedRelation(long Subject, string Type, long Object) : IComparable<NumberedRelation>
{
    /// <summary>The relation a statement subject -type-> object supports, given both ends' ids and numbers.</summary>
    public static NumberedRelation Of(GraphOntology ontology, string subjectId, long subject, string type, string objectId, long @object) =>
        ontology.RelationType(type).Symmetric && string.CompareOrdinal(subjectId, objectId) > 0
            ? new NumberedRelation(@object, type, subject)
            : new NumberedRelation(subject, type, @object);

    /// <summary>Key order: neighbouring rows share b-tree pages.</summary>
    public int CompareTo(NumberedRelation other)
    {
        var order = Subject.CompareTo(other.Subject);
        if (order == 0)
        {
            order = string.CompareOrdinal(Type, other.Type);
        }

        return order != 0 ? order : Object.CompareTo(other.Object);
    }
}
