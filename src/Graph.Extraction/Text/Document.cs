using Graph.Core.Model;

namespace Graph.Extraction.Text;

/// <summary>An article read from its source: metadata, the normalised body text, and (after splitting) its sentences.</summary>
public sealed class Document(Article article, string text)
{
    /// <summary>Metadata; <see cref="Article.ContentHash"/> is the hash of the raw input.</summary>
    public Article Article { get; } = article;

    /// <summary>The body text every span points into.</summary>
    public string Text { get; } = text;

    public IReadOnlyList<Sentence> Sentences { get; set; } = [];
}
