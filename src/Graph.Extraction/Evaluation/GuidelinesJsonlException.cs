namespace Graph.Extraction.Evaluation;

/// <summary>A GUIDELINES jsonl file with problems; each problem reads "file:line: what is wrong".</summary>
public sealed class GuidelinesJsonlException : Exception
{
    public GuidelinesJsonlException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    public GuidelinesJsonlException()
        : this(["invalid GUIDELINES jsonl"])
    {
    }

    public GuidelinesJsonlException(string message)
        : this([message])
    {
    }

    public GuidelinesJsonlException(string message, Exception inner)
        : base(message, inner)
    {
        Problems = [message];
    }

    public IReadOnlyList<string> Problems { get; }
}
