namespace Graph.Interchange;

/// <summary>
/// How ontology type names become Neo4j labels: PERSON → Person, WEAPON_SYSTEM → WeaponSystem.
/// Relationship types keep the ontology's name as it is (MET, CALLED_FOR), as Neo4j's conventions suggest.
/// </summary>
public static class Labels
{
    public static string ForEntityType(string type)
    {
        var parts = type.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(parts.Select(p => char.ToUpperInvariant(p[0]) + p[1..].ToLowerInvariant()));
    }
}
