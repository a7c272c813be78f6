using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Storage;

/// <summary>
/// One connection with its prepared statements: each SQL text is prepared once and reused with new
/// parameter values (<c>$p0</c>, <c>$p1</c>, … bound by position). Execute, Scalar and Strings run on SQLite's
/// own handle (<see cref="RawStatement"/>); Query and Single read rows through ADO.NET. Not thread-safe: one owner at a time.
/// </summary>
internal sealed class SqlSession(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> prepared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RawStatement> raw = new(StringComparer.Ordinal);

    public SqliteConnection Connection { get; } = connection;

    public SqliteTransaction? Transaction { get; private set; }

    public SqliteTransaction Begin(bool deferred = false)
    {
        Transaction = Connection.BeginTransaction(deferred);
        return Transaction;
    }

    public void EndTransaction()
    {
        Transaction?.Dispose();
        Transaction = null;
    }

    /// <summary>
    /// Opens a read transaction with prepared BEGIN on SQLite's own handle: ADO.NET's transaction object parses and
    /// runs its BEGIN and ROLLBACK anew each time, which costs more than a point read itself. ADO.NET commands run
    /// inside it as well (they see no <see cref="Transaction"/>, and SQLite needs none named). End it with <see cref="EndRead"/>.
    /// </summary>
    public void BeginRead() => Execute("BEGIN DEFERRED");

    /// <summary>Ends the read transaction <see cref="BeginRead"/> opened (if SQLite has not already ended it after an error).</summary>
    public void EndRead()
    {
        if (SQLitePCL.raw.sqlite3_get_autocommit(Connection.Handle) == 0)
        {
            Execute("ROLLBACK");
        }
    }

    /// <summary>Runs a statement that returns no rows; the number of rows it changed.</summary>
    public int Execute(string sql, params object?[] args)
    {
        var statement = Raw(sql, args.Length);
        try
        {
            statement.Step(args);
            return Changes();
        }
        finally
        {
            statement.Reset();
        }
    }

    /// <summary>The number of rows the last statement run on this connection changed.</summary>
    public int Changes() => SQLitePCL.raw.sqlite3_changes(Connection.Handle);

    /// <summary>The rowid of the last row inserted on this connection.</summary>
    public long LastInsertRowId() => SQLitePCL.raw.sqlite3_last_insert_rowid(Connection.Handle);

    /// <summary>The first column of the first row, or default when there is no row or it is null (text or integer columns).</summary>
    public T? Scalar<T>(string sql, params object?[] args)
    {
        var statement = Raw(sql, args.Length);
        try
        {
            if (!statement.Step(args) || statement.IsNull(0))
            {
                return default;
            }

            object value = typeof(T) == typeof(string) ? statement.Text(0) : statement.Int64(0);
            return (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
        }
        finally
        {
            statement.Reset();
        }
    }

    /// <summary>The first column of every row, as text.</summary>
    public List<string> Strings(string sql, params object?[] args)
    {
        var statement = Raw(sql, args.Length);
        var rows = new List<string>();
        try
        {
            for (var row = statement.Step(args); row; row = statement.Next())
            {
                rows.Add(statement.Text(0));
            }

            return rows;
        }
        finally
        {
            statement.Reset();
        }
    }

    /// <summary>Every row, read on SQLite's own handle (no ADO.NET reader): for the hot read and write paths.</summary>
    public List<T> Rows<T>(string sql, Func<RawStatement, T> read, params object?[] args)
    {
        var statement = Raw(sql, args.Length);
        var rows = new List<T>();
        try
        {
            for (var row = statement.Step(args); row; row = statement.Next())
            {
                rows.Add(read(statement));
            }

            return rows;
        }
        finally
        {
            statement.Reset();
        }
    }

    /// <summary>Hands every row to <paramref name="read"/> as it is stepped (nothing collected): for reads that fold rows into their own structures.</summary>
    public void Each(string sql, Action<RawStatement> read, params object?[] args)
    {
        var statement = Raw(sql, args.Length);
        try
        {
            for (var row = statement.Step(args); row; row = statement.Next())
            {
                read(statement);
            }
        }
        finally
        {
            statement.Reset();
        }
    }

    /// <summary>The first row, read on SQLite's own handle, or null when there is none.</summary>
    public T? First<T>(string sql, Func<RawStatement, T> read, params object?[] args)
        where T : class
    {
        var statement = Raw(sql, args.Length);
        try
        {
            return statement.Step(args) ? read(statement) : null;
        }
        finally
        {
            statement.Reset();
        }
    }

    /// <summary>The statement prepared once for this SQL text, to bind by parameter number and <see cref="RawStatement.Run"/>.</summary>
    public RawStatement Prepared(string sql) => Raw(sql, 0);

    private RawStatement Raw(string sql, int parameterCount)
    {
        if (!raw.TryGetValue(sql, out var statement))
        {
            statement = new RawStatement(Connection.Handle!, sql, parameterCount);
            raw[sql] = statement;
        }

        return statement;
    }

    public List<T> Query<T>(string sql, Func<SqliteDataReader, T> read, params object?[] args)
    {
        var rows = new List<T>();
        using var reader = Command(sql, args).ExecuteReader();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public T? Single<T>(string sql, Func<SqliteDataReader, T> read, params object?[] args)
        where T : class
    {
        using var reader = Command(sql, args).ExecuteReader();
        return reader.Read() ? read(reader) : null;
    }

    private SqliteCommand Command(string sql, object?[] args)
    {
        if (!prepared.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < args.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null));
            }

            prepared[sql] = command;
        }

        command.Transaction = Transaction;
        for (var i = 0; i < args.Length; i++)
        {
            command.Parameters[i].Value = args[i] ?? DBNull.Value;
        }

        return command;
    }

    public void Dispose()
    {
        foreach (var command in prepared.Values)
        {
            command.Dispose();
        }

        prepared.Clear();
        foreach (var statement in raw.Values)
        {
            statement.Dispose();
        }

        raw.Clear();
        Transaction?.Dispose();
        Connection.Dispose();
    }
}
