namespace Graph.Store.Tests.Support;

/// <summary>A folder under the system temp folder, removed with everything in it on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    private int files;

    public string Path { get; } = Directory.CreateTempSubdirectory("graph-store-tests-").FullName;

    /// <summary>A path for a new file (not created) with a unique name ending in <paramref name="name"/>.</summary>
    public string NewFile(string name) => System.IO.Path.Combine(Path, $"{Interlocked.Increment(ref files)}-{name}");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere; the OS temp cleaner will get it.
        }
    }
}
