namespace Graph.Store.Sqlite.Storage;

/// <summary>Dates are stored as UTC ticks (exact, sortable); an article's published date keeps its offset beside.</summary>
internal static class Ticks
{
    public static DateTimeOffset ToUtc(long ticks) => new(ticks, TimeSpan.Zero);

    public static DateTimeOffset WithOffset(long utcTicks, long offsetMinutes) =>
        new DateTimeOffset(utcTicks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(offsetMinutes));
}
