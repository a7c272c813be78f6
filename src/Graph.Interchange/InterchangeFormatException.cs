namespace Graph.Interchange;

/// <summary>An export file that cannot be read back: every problem found, each naming the file and the line or element.</summary>
public sealed class InterchangeFormatException : Exception
{
    public InterchangeFormatException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    public InterchangeFormatException()
        : this(["unreadable graph export"])
    {
    }

    public InterchangeFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public IReadOnlyList<string> Problems { get; }
}
