using System.Text;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Writing;

/// <summary>
/// Writes a list of rows into one table with one single-row INSERT prepared once on the writer connection (kept across
/// batches), each row's values bound by parameter number with no boxing, then stepped and reset.
/// </summary>
/// <remarks>
/// Why not multi-row statements (<c>INSERT … VALUES (…), (…)</c>): SQLite must be able to undo a statement that fails
/// after some of its rows went in, so a multi-row insert into a table with constraints keeps a statement journal — a
/// copy of every page it changes. Measured with perf on the store benchmark, that journal (its allocations, copies and
/// mutexes) cost more than the per-statement work the multi-row form saves. A one-row insert checks its constraints
/// before it writes, and needs none.
/// </remarks>
/// <param name="head">The statement up to <c>VALUES</c>, e.g. <c>INSERT INTO t (a, b)</c>.</param>
/// <param name="columns">Values per row.</param>
/// <param name="bind">Binds one row's values to parameters 1 to <paramref name="columns"/>.</param>
/// <param name="tail">What follows the row (e.g. an <c>ON CONFLICT</c> clause).</param>
internal sealed class PreparedInsert<T>(SqlSession db, string head, int columns, Action<RawStatement, T> bind, string tail = "")
{
    private readonly string sql = new StringBuilder(head)
        .Append(" VALUES (").Append(string.Join(", ", Enumerable.Repeat("?", columns))).Append(") ").Append(tail).ToString();

    public void Insert(IReadOnlyList<T> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var statement = db.Prepared(sql);
        foreach (var row in rows)
        {
            bind(statement, row);
            statement.Run();
        }
    }
}
