namespace Graph.Extraction.Entities;

/// <summary>How a mention refers to its entity; decides whether its text may serve as a name or alias.</summary>
public enum MentionKind
{
    /// <summary>A proper name as written: "Vladimir Putin", "Putin", "NATO", "Samarkand".</summary>
    Name,

    /// <summary>A demonym or adjective standing for a place: "Russian" (→ Russia), "Uzbek" (→ Uzbekistan).</summary>
    Demonym,

    /// <summary>A common-noun description of an unnamed GROUP or EVENT: "nationalists", "the war".</summary>
    Nominal,

    /// <summary>A title or description resolved to a named entity: "the Russian President". Set by reference resolution.</summary>
    Title,

    /// <summary>A pronoun resolved to an entity: "he", "it". Never an alias. Set by reference resolution.</summary>
    Pronoun,
}
