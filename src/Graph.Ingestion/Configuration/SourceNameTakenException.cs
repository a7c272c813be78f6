namespace Graph.Ingestion.Configuration;

/// <summary>A source is added under a name another source already has (names compare ignoring case).</summary>
public sealed class SourceNameTakenException : IngestionConfigurationException
{
    public SourceNameTakenException(string setting, string problem)
        : base(setting, problem)
    {
    }

    public SourceNameTakenException()
    {
    }

    public SourceNameTakenException(string message)
        : base(message)
    {
    }

    public SourceNameTakenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
