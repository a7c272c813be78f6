namespace Graph.Extraction.Input;

/// <summary>An article that cannot be read: empty, binary, not text, or malformed. The message names the file and the problem.</summary>
public sealed class ArticleInputException : Exception
{
    public ArticleInputException(string fileName, string problem)
        : base($"{fileName}: {problem}")
    {
        FileName = fileName;
        Problem = problem;
    }

    public ArticleInputException(string fileName, string problem, Exception inner)
        : base($"{fileName}: {problem}", inner)
    {
        FileName = fileName;
        Problem = problem;
    }

    public ArticleInputException()
        : this("(unknown)", "unreadable article")
    {
    }

    public ArticleInputException(string message)
        : this("(unknown)", message)
    {
    }

    /// <summary>The file (or name) the input came from.</summary>
    public string FileName { get; }

    /// <summary>What is wrong with it, without the file name.</summary>
    public string Problem { get; }
}
