namespace Graph.Interchange;

/// <summary>A problem at one line of a facts file: the message is "file:line: problem".</summary>
public sealed class FactsFileException(string file, int line, string articleId, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;

    /// <summary>The article the line belongs to; empty when the line is too broken to tell.</summary>
    public string ArticleId { get; } = articleId;

    public string Problem { get; } = problem;
}
