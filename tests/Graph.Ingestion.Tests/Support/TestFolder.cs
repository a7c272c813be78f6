using System.Text.Json;

namespace Graph.Ingestion.Tests.Support;

/// <summary>A temporary folder for one test's store, queue, configuration and articles; deleted afterwards.</summary>
internal sealed class TestFolder : IDisposable
{
    public TestFolder() => Root = Directory.CreateTempSubdirectory("graph-ingest-").FullName;

    public string Root { get; }

    public string Database => Path.Combine(Root, "graph.db");

    public string Sub(string name) => Directory.CreateDirectory(Path.Combine(Root, name)).FullName;

    /// <summary>Writes <c>config.json</c> with the <c>Ingestion</c> section given and returns its path.</summary>
    public string Config(object ingestion)
    {
        var path = Path.Combine(Root, "config.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new { Ingestion = ingestion }));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A killed server's files may linger a moment; the temp folder is cleaned by the system anyway.
        }
    }
}
