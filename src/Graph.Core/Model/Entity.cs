namespace Graph.Core.Model;

/// <summary>One real-world thing across all articles: one node in the graph.</summary>
public sealed record Entity(string Id, string Type, string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>How many statements (negated or not) in stored articles name this entity.</summary>
    public int MentionCount { get; init; }
}
