using System.Runtime.InteropServices;

namespace Graph.Bench.Store;

/// <summary>
/// CPU time, as opposed to wall time: on a shared machine (other jobs in the run queue) wall time measures the queue,
/// CPU time measures the work. Thread CPU time comes from clock_gettime(CLOCK_THREAD_CPUTIME_ID) on Linux.
/// </summary>
internal static partial class CpuClock
{
    private const int ClockThreadCpuTime = 3;

    public static TimeSpan Process => Environment.CpuUsage.TotalTime;

    public static bool HasThreadClock => OperatingSystem.IsLinux();

    public static double ThreadMilliseconds()
    {
        if (!HasThreadClock)
        {
            return double.NaN;
        }

        clock_gettime(ClockThreadCpuTime, out var spec);
        return (spec.Seconds * 1e3) + (spec.Nanoseconds / 1e6);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", SetLastError = false)]
    private static partial int clock_gettime(int clock, out TimeSpec spec);
}
