using Graph.Core.Model;

namespace Graph.Extraction.Text;

/// <summary>
/// The text stages in order: normalise the body, make the normalised text the document's text,
/// split it into sentences and tokens. Every span from here on points into <see cref="Document.Text"/>.
/// </summary>
public static class DocumentPreparer
{
    /// <summary>A document for <paramref name="article"/> whose text is the normalised <paramref name="body"/>, split and tokenised.</summary>
    public static Document Prepare(Article article, string body)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(body);
        var normalized = TextNormalizer.Normalize(body);
        return new Document(article, normalized.Text) { Sentences = SentenceSplitter.Split(normalized.Text) };
    }
}
