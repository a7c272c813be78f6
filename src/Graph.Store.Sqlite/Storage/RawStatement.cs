using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Graph.Store.Sqlite.Storage;

/// <summary>
/// A statement prepared once on the connection's own SQLite handle and re-run with new values bound by position.
/// The hot write path goes through these: they skip the ADO.NET layer's per-call work (name lookups, readers),
/// which otherwise costs more than SQLite's own work for a one-row insert.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;
    private readonly nint handle;
    private readonly int[] slots;

    public RawStatement(sqlite3 db, string sql, int parameterCount)
    {
        this.db = db;
        Check(raw.sqlite3_prepare_v2(db, sql, out statement));
        handle = statement.DangerousGetHandle();
        slots = new int[parameterCount];
        for (var i = 0; i < parameterCount; i++)
        {
            slots[i] = raw.sqlite3_bind_parameter_index(statement, "$p" + i.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Binds the values and steps once: true when a row is ready to read with the column methods; call <see cref="Reset"/> after.</summary>
    public bool Step(object?[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (slots[i] == 0)
            {
                continue;
            }

            var rc = args[i] switch
            {
                null => raw.sqlite3_bind_null(statement, slots[i]),
                string s => raw.sqlite3_bind_text(statement, slots[i], s),
                long l => raw.sqlite3_bind_int64(statement, slots[i], l),
                int n => raw.sqlite3_bind_int64(statement, slots[i], n),
                bool b => raw.sqlite3_bind_int64(statement, slots[i], b ? 1 : 0),
                double d => raw.sqlite3_bind_double(statement, slots[i], d),
                _ => throw new ArgumentException($"cannot bind a {args[i]!.GetType().Name}"),
            };
            Check(rc);
        }

        var step = raw.sqlite3_step(statement);
        if (step == raw.SQLITE_ROW)
        {
            return true;
        }

        if (step != raw.SQLITE_DONE)
        {
            var message = raw.sqlite3_errmsg(db).utf8_to_string();
            var extended = raw.sqlite3_extended_errcode(db);
            raw.sqlite3_reset(statement);
            throw new SqliteException($"SQLite Error {step}: '{message}'.", step, extended);
        }

        return false;
    }

    // ---- typed binds by parameter number (1-based, as SQLite counts them): for statements written with plain `?`
    // parameters, such as the multi-row inserts of a batch (MultiRowInsert), with no boxing of the values ----

    /// <summary>Binds text as UTF-16: SQLite converts it to the file's UTF-8 in C, with no managed copy of the string.</summary>
    public void Bind(int parameter, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(statement, parameter) : raw.sqlite3_bind_text16(statement, parameter, value.AsSpan()));

    public void Bind(int parameter, long value) => Check(raw.sqlite3_bind_int64(statement, parameter, value));

    public void Bind(int parameter, long? value) =>
        Check(value is { } v ? raw.sqlite3_bind_int64(statement, parameter, v) : raw.sqlite3_bind_null(statement, parameter));

    public void Bind(int parameter, double value) => Check(raw.sqlite3_bind_double(statement, parameter, value));

    /// <summary>Steps a statement that returns no rows with what is bound, then resets it for the next values.</summary>
    public void Run()
    {
        try
        {
            if (!Step([]))
            {
                return;
            }

            throw new InvalidOperationException("a statement run for its effect returned rows");
        }
        finally
        {
            Reset();
        }
    }

    public bool Next()
    {
        var step = raw.sqlite3_step(statement);
        if (step is not (raw.SQLITE_ROW or raw.SQLITE_DONE))
        {
            var message = raw.sqlite3_errmsg(db).utf8_to_string();
            raw.sqlite3_reset(statement);
            throw new SqliteException($"SQLite Error {step}: '{message}'.", step);
        }

        return step == raw.SQLITE_ROW;
    }

    // Column reads go straight to SQLite (NativeColumns): this object holds the statement's safe handle, so its pointer is valid.
    public bool IsNull(int column) => NativeColumns.IsNull(handle, column);

    public long Int64(int column) => NativeColumns.Int64(handle, column);

    public string Text(int column) => NativeColumns.Text(handle, column);

    /// <summary>A text column's UTF-8 bytes, valid until the next step or reset: for comparing without making a string.</summary>
    public ReadOnlySpan<byte> Utf8(int column) => NativeColumns.Utf8(handle, column);

    public string? NullableText(int column) => IsNull(column) ? null : Text(column);

    public double Double(int column) => NativeColumns.Double(handle, column);

    public void Reset() => raw.sqlite3_reset(statement);

    public void Dispose() => statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(db).utf8_to_string()}'.", rc);
        }
    }
}
