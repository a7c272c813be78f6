namespace Graph.Core.Ontology;

/// <summary>
/// A relation type of the ontology: its CAMEO root code (null where CAMEO has none), whether it is
/// symmetric (matches in either direction), which entity types may stand at each end (empty: any),
/// and the words that signal it, by kind (verbs, nouns, titles, …), for the extractor to use.
/// </summary>
public sealed record RelationTypeDefinition(
    string Name,
    string? Cameo,
    bool Symmetric,
    string Description,
    IReadOnlySet<string> SubjectTypes,
    IReadOnlySet<string> ObjectTypes,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Signals)
{
    /// <summary>The words of one kind of signal (e.g. "verbs"); empty when the ontology lists none.</summary>
    public IReadOnlyList<string> SignalWords(string kind) =>
        Signals.TryGetValue(kind, out var words) ? words : Array.Empty<string>();

    public bool AllowsSubject(string entityType) => SubjectTypes.Count == 0 || SubjectTypes.Contains(entityType);

    public bool AllowsObject(string entityType) => ObjectTypes.Count == 0 || ObjectTypes.Contains(entityType);
}
