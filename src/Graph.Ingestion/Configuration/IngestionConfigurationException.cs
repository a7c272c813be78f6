namespace Graph.Ingestion.Configuration;

/// <summary>A setting of the <c>Ingestion</c> section is wrong; the message names the setting (e.g. <c>Ingestion:Sources:0:Schedule</c>).</summary>
public class IngestionConfigurationException : Exception
{
    public IngestionConfigurationException(string setting, string problem)
        : base($"configuration: {setting} {problem}")
    {
        Setting = setting;
    }

    public IngestionConfigurationException()
        : this("Ingestion", "is invalid")
    {
    }

    public IngestionConfigurationException(string message)
        : base(message)
    {
        Setting = "Ingestion";
    }

    public IngestionConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Setting = "Ingestion";
    }

    /// <summary>The full configuration key that is wrong.</summary>
    public string Setting { get; }
}
