using Graph.Core.Model;

namespace Graph.Extraction.References;

/// <summary>
/// What a token refers to after reference resolution: the article's canonical entity
/// (<see cref="Name"/>, <see cref="Type"/>), where the mention stands in the text, and how sure
/// the resolution is (1 for a named mention, less for a pronoun, a description or a metonymy).
/// </summary>
public sealed record ResolvedMention(string Name, string Type, TextSpan Span, double Confidence)
{
    /// <summary>How the mention was resolved: "name", "pronoun", "description", "demonym", "capital", …</summary>
    public string Via { get; init; } = "name";
}
