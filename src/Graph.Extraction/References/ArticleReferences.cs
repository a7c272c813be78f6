using Graph.Extraction.Entities;

namespace Graph.Extraction.References;

/// <summary>What reference resolution hands on: every token that refers, with its entity, and the article's entities with the mentions found.</summary>
public sealed record ArticleReferences(MentionTable Mentions, IReadOnlyList<DocumentEntity> Entities);
