using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Storage;

/// <summary>
/// Applies the embedded schema migrations (<c>Schema/NNNN_name.sql</c>) newer than the version recorded in
/// <c>schema_version</c>, each in its own transaction, in number order. Reopening an up-to-date file does nothing.
/// </summary>
internal static class Migrator
{
    private const string Prefix = "Graph.Store.Sqlite.Schema.";

    public static IReadOnlyList<(int Version, string Name)> Migrations { get; } = Discover();

    public static int LatestVersion => Migrations.Count == 0 ? 0 : Migrations[^1].Version;

    public static async Task<int> MigrateAsync(SqliteConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)", cancellationToken);
        var current = await CurrentVersionAsync(connection, cancellationToken);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException($"the database is at schema version {current}, newer than this program knows ({LatestVersion}); use a newer Graph");
        }

        foreach (var (version, name) in Migrations.Where(m => m.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            await Execute(connection, ReadResource(name), cancellationToken, transaction);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($v, $n, $t)";
            record.Parameters.AddWithValue("$v", version);
            record.Parameters.AddWithValue("$n", name);
            record.Parameters.AddWithValue("$t", now.ToString("O", CultureInfo.InvariantCulture));
            await record.ExecuteNonQueryAsync(cancellationToken);
            transaction.Commit();
        }

        return await CurrentVersionAsync(connection, cancellationToken);
    }

    private static async Task<int> CurrentVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ifnull(max(version), 0) FROM schema_version";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task Execute(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static List<(int, string)> Discover()
    {
        var found = new List<(int, string)>();
        foreach (var resource in typeof(Migrator).Assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[Prefix.Length..];
            var number = name.Split('_')[0];
            if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"schema migration '{name}' does not start with its number (NNNN_name.sql)");
            }

            found.Add((version, name));
        }

        found.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        for (var i = 1; i < found.Count; i++)
        {
            if (found[i].Item1 == found[i - 1].Item1)
            {
                throw new InvalidOperationException($"two schema migrations share number {found[i].Item1}");
            }
        }

        return found;
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(Migrator).Assembly.GetManifestResourceStream(Prefix + name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
