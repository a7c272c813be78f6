namespace Graph.Extraction.Relations;

/// <summary>
/// A verb that signals a relation, read from an ontology entry such as "meet", "call for", "take over",
/// "hold talks with": the verb lemma, an optional object noun (light-verb phrases), and an optional
/// particle or preposition that introduces the other party.
/// </summary>
internal sealed record VerbSignal(string Relation, string Verb, string? Noun, string? Preposition, int Rank);

/// <summary>A noun that signals a relation ("meeting", "attack"); its other party comes with one of <see cref="Prepositions"/>.</summary>
internal sealed record NounSignal(string Relation, string Noun, IReadOnlySet<string> Prepositions, int Rank);

/// <summary>A role noun ("president", "prime minister", "spokesman"): the person holding it stands in <see cref="Relation"/> to its organisation or place.</summary>
internal sealed record TitleSignal(string Relation, IReadOnlyList<string> Words, int Rank)
{
    /// <summary>The word the title's phrase is headed by: "minister" in "prime minister".</summary>
    public string HeadWord => Words[^1];
}

/// <summary>A predicative adjective with its preposition ("furious with").</summary>
internal sealed record AdjectiveSignal(string Relation, string Adjective, string? Preposition, int Rank);
