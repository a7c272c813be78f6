namespace Graph.Extraction.Entities;

/// <summary>The GUIDELINES entity types as the recognizer writes them (the names of the ontology's entity sections).</summary>
public static class EntityTypes
{
    public const string Person = "PERSON";
    public const string Organization = "ORGANIZATION";
    public const string Location = "LOCATION";

    /// <summary>An unnamed collective that acts: "nationalists", "US officials".</summary>
    public const string Group = "GROUP";

    /// <summary>Something that happens or is waged: "war in Ukraine", "mobilization".</summary>
    public const string Event = "EVENT";

    /// <summary>All five, named types first.</summary>
    public static IReadOnlyList<string> All { get; } = [Person, Organization, Location, Group, Event];

    /// <summary>Named types are the ones the scorer counts as named entities.</summary>
    public static bool IsNamed(string type) => type is Person or Organization or Location;
}
