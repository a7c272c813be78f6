namespace Graph.Extraction.Evaluation;

/// <summary>A gold or system file the scorer cannot read; the message starts with "file:line:".</summary>
public sealed class ScoreInputException : Exception
{
    public ScoreInputException()
    {
    }

    public ScoreInputException(string message)
        : base(message)
    {
    }

    public ScoreInputException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
