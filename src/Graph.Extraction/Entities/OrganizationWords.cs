namespace Graph.Extraction.Entities;

/// <summary>
/// Generic words of organisation names ("Party", "Group", "University", "Ministry"): a name ending in one is an
/// organisation; one of them alone is not a short form of any particular organisation.
/// </summary>
public static class OrganizationWords
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "agency", "airline", "airlines", "airways", "alliance", "assembly", "association", "authority", "bank", "board",
        "bureau", "cabinet", "center", "centre", "chamber", "church", "club", "coalition", "college", "commission",
        "committee", "company", "confederation", "conference", "congress", "consortium", "corp", "corporation",
        "council", "court", "department", "directorate", "federation", "forces", "foundation", "front", "fund",
        "government", "group", "guard", "holdings", "inc", "institute", "institution", "league", "limited", "llc",
        "ltd", "media", "ministry", "movement", "network", "office", "organisation", "organization", "parliament",
        "partnership", "party", "plc", "police", "press", "school", "senate", "service", "services", "society",
        "tribunal", "trust", "union", "university", "army", "navy", "brigade", "battalion", "regiment", "news",
        "times", "post", "journal", "herald", "tribune", "telegraph", "gazette", "broadcasting", "television", "radio",
        "secretariat", "academy", "laboratory", "laboratories", "motors", "industries", "systems",
        "technologies", "energy", "petroleum", "oil", "gas", "telecom", "pharmaceuticals", "insurance", "securities",
        "capital", "partners", "exchange", "fc", "team",
    };

    /// <summary>True for a word that ends organisation names ("Party", "University", "Bank").</summary>
    public static bool IsSuffix(string word) => Suffixes.Contains(word);

    /// <summary>True for a word that says what kind of body something is rather than which one.</summary>
    public static bool IsGeneric(string word) => Suffixes.Contains(word) || word is "of" or "the" or "and" or "for";
}
