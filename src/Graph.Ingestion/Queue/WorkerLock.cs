namespace Graph.Ingestion.Queue;

/// <summary>
/// Makes one process at a time the queue's worker: an exclusive lock on <c>&lt;queue&gt;.lock</c>. The operating system
/// drops it when the process dies (even by SIGKILL), so a restart after a crash takes it at once and may safely put
/// the dead worker's processing items back.
/// </summary>
public sealed class WorkerLock : IDisposable
{
    private readonly FileStream _stream;

    private WorkerLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock, or returns null when another live process holds it.</summary>
    public static WorkerLock? TryAcquire(string queuePath)
    {
        try
        {
            return new WorkerLock(new FileStream(queuePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
