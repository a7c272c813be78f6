using System.Runtime.InteropServices;
using System.Text;

namespace Graph.Store.Sqlite.Storage;

/// <summary>
/// SQLite's column getters called straight on the statement's pointer, from the same native library the SQLitePCL
/// bundle loads (<c>e_sqlite3</c>).
/// </summary>
/// <remarks>
/// Why: a walk reads tens of thousands of column values per query. Through SQLitePCL each read is an interface call
/// and a safe-handle reference count taken and dropped around the native call; measured here, that doubles the cost of
/// reading an integer column (about 65 against 34 ns) and of a text column's bytes. The caller keeps the statement's
/// safe handle alive (<see cref="RawStatement"/> owns it), so the raw pointer stays valid while it reads.
/// </remarks>
internal static unsafe partial class NativeColumns
{
    private const string Library = "e_sqlite3";
    private const int Null = 5;

    public static long Int64(nint statement, int column) => sqlite3_column_int64(statement, column);

    public static double Double(nint statement, int column) => sqlite3_column_double(statement, column);

    public static bool IsNull(nint statement, int column) => sqlite3_column_type(statement, column) == Null;

    /// <summary>A text column's UTF-8 bytes, valid until the statement steps or resets.</summary>
    public static ReadOnlySpan<byte> Utf8(nint statement, int column)
    {
        // The text first, then its length: asking for the length first could leave it counted in another encoding.
        var text = sqlite3_column_text(statement, column);
        return text == 0 ? [] : new ReadOnlySpan<byte>((void*)text, sqlite3_column_bytes(statement, column));
    }

    public static string Text(nint statement, int column) => Encoding.UTF8.GetString(Utf8(statement, column));

    [LibraryImport(Library)]
    private static partial long sqlite3_column_int64(nint statement, int column);

    [LibraryImport(Library)]
    private static partial double sqlite3_column_double(nint statement, int column);

    [LibraryImport(Library)]
    private static partial int sqlite3_column_type(nint statement, int column);

    [LibraryImport(Library)]
    private static partial nint sqlite3_column_text(nint statement, int column);

    [LibraryImport(Library)]
    private static partial int sqlite3_column_bytes(nint statement, int column);
}
