using Graph.Core.Model;

namespace Graph.Store;

/// <summary>One statement behind a relation, with its article and sentence: what an analyst reads to trust it.</summary>
public sealed record Evidence(
    string StatementId,
    string RelationId,
    string ArticleId,
    string? ArticleTitle,
    string? ArticleUrl,
    DateTimeOffset? PublishedAt,
    string Sentence,
    int SentenceIndex,
    TextSpan? SentenceSpan,
    TextSpan? SubjectSpan,
    TextSpan? ObjectSpan,
    double Confidence,
    DateTimeOffset ExtractedAt);
