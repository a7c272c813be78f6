namespace Graph.Store.Neo4j;

/// <summary>A Neo4j setting is missing or wrong; the message names the setting (never its value when it is the password).</summary>
public sealed class Neo4jConfigurationException(string setting, string problem)
    : Exception($"{setting} {problem}")
{
    public string Setting { get; } = setting;
}
