namespace Graph.Core.Model;

/// <summary>
/// One extracted fact: in article <see cref="ArticleId"/>, sentence <see cref="SentenceIndex"/>
/// says <see cref="Subject"/> -<see cref="Relation"/>-> <see cref="Object"/>. Subject and object are
/// canonical names of entities of the same article (<see cref="ArticleEntity.Name"/>).
/// </summary>
public sealed record Statement(
    string ArticleId,
    string Subject,
    string Relation,
    string Object,
    string Sentence,
    double Confidence = 1.0,
    bool Negated = false)
{
    /// <summary>Index of the sentence in the article, from 0; -1 when unknown (facts imported from elsewhere).</summary>
    public int SentenceIndex { get; init; } = -1;

    /// <summary>Where the sentence stands in the article's text; null when unknown.</summary>
    public TextSpan? SentenceSpan { get; init; }

    /// <summary>Where the subject is mentioned in the article's text; null when unknown or resolved from elsewhere.</summary>
    public TextSpan? SubjectSpan { get; init; }

    /// <summary>Where the object is mentioned in the article's text; null when unknown.</summary>
    public TextSpan? ObjectSpan { get; init; }
}
