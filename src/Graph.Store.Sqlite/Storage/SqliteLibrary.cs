using SQLitePCL;

namespace Graph.Store.Sqlite.Storage;

/// <summary>
/// Process-wide settings of the SQLite library, which take effect only when made before SQLite's first use in the process.
/// </summary>
/// <remarks>
/// Memory statistics off: with them on (the bundled build's default), every allocation and free SQLite makes takes a
/// global mutex to keep the counts, and a write allocates several times per row. In the store benchmark, taken in
/// turns on the same machine, turning them off made the store's writes 7–21 % faster and raw inserts 7–13 % faster.
/// What is lost: <c>sqlite3_memory_used</c>, <c>sqlite3_status</c> and the soft and hard heap limits, none of which
/// Graph uses. Threading stays serialized (the build's default): multi-thread mode gained no more here, and would
/// let a statement finalized on the finalizer thread race the thread using its connection.
/// </remarks>
internal static class SqliteLibrary
{
    private static readonly Lazy<bool> Configured = new(TurnOffMemoryStatistics, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Applies the settings once per process, before the store opens its first connection. When SQLite had already
    /// been started in this process (by other code), SQLite refuses them (MISUSE) and the store only runs slower.
    /// </summary>
    public static void Configure() => _ = Configured.Value;

    /// <summary>True when the setting took effect.</summary>
    private static bool TurnOffMemoryStatistics()
    {
        Batteries_V2.Init();
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0) == raw.SQLITE_OK;
    }
}
