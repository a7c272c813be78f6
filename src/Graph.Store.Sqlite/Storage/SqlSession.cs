using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Storage;

/// <summary>
/// One connection with its prepared statements: each SQL text is prepared once and reused with new
/// parameter values (<c>$p0</c>, <c>$p1</c>, … bound by position). Not thread-safe: one owner at a time.
/// </summary>
internal sealed class SqlSession(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> prepared = new(StringComparer.Ordinal);

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

    public int Execute(string sql, params object?[] args) => Command(sql, args).ExecuteNonQuery();

    public T? Scalar<T>(string sql, params object?[] args)
    {
        var value = Command(sql, args).ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
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
        Transaction?.Dispose();
        Connection.Dispose();
    }
}
