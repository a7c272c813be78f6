namespace Graph.Extraction.Entities;

/// <summary>
/// Generic English nouns that head unnamed GROUP and EVENT mentions (GUIDELINES: "nationalists", "US officials";
/// "mobilization", "peace talks", "war in Ukraine"), and the modifiers that may stand before them.
/// Common words only — no names.
/// </summary>
internal static class NominalLexicon
{
    public static readonly HashSet<string> EventHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "war", "wars", "invasion", "mobilization", "mobilisation", "counteroffensive", "counter-offensive", "offensive",
        "talks", "negotiations", "ceasefire", "cease-fire", "truce", "referendum", "referendums", "referenda",
        "election", "elections", "sanctions", "conflict", "crisis", "coup", "annexation", "occupation", "uprising",
        "protests", "revolution", "bombing", "bombardment", "siege", "blockade", "genocide", "massacre", "insurgency",
        "rebellion", "strike", "strikes", "summit", "pseudo-votes", "operation", "campaign", "crackdown", "invasion",
        "withdrawal", "ceasefire", "peace", "attack", "attacks", "offensives", "shelling", "airstrikes", "air strikes",
    };

    /// <summary>Event heads that are too often something else to stand alone without a tagger's word.</summary>
    public static readonly HashSet<string> AmbiguousEventHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "strike", "strikes", "attack", "attacks", "campaign", "operation", "peace", "offensive", "summit", "talks",
    };

    public static readonly HashSet<string> GroupHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "officials", "nationalists", "protesters", "protestors", "demonstrators", "rebels", "separatists", "troops",
        "soldiers", "militants", "insurgents", "activists", "inmates", "prisoners", "lawmakers", "legislators",
        "voters", "citizens", "residents", "refugees", "migrants", "civilians", "investors", "critics", "opponents",
        "supporters", "diplomats", "mercenaries", "fighters", "authorities", "hardliners", "hawks", "liberals",
        "conservatives", "conscripts", "reservists", "volunteers", "workers", "students", "farmers", "bloggers",
        "journalists", "leaders", "generals", "commanders", "politicians", "oligarchs", "elites", "allies", "forces",
        "military", "police", "government", "regime", "opposition", "administration",
    };

    /// <summary>Modifiers kept in a GROUP/EVENT description when no tagger says what a word is.</summary>
    public static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "peace", "national", "general", "partial", "mass", "maximum", "military", "civil", "nuclear", "trade",
        "full-scale", "presidential", "parliamentary", "special", "local", "foreign", "western", "senior", "top",
        "government", "state", "security", "opposition", "pro-war", "anti-war", "pro-government", "ukrainian",
        "russian", "armed", "border", "ground", "air", "naval", "economic", "hunger", "general", "regional",
        "snap", "early", "new", "fresh", "renewed", "ongoing", "brutal", "bloody", "failed", "planned", "so-called",
    };

    /// <summary>Prepositions that join a place to an event ("war in Ukraine", "attack on Kyiv").</summary>
    public static readonly HashSet<string> EventPrepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "on", "against", "with", "over" };
}
