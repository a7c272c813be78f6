using System.Text;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Writing;

/// <summary>
/// Writes a list of rows into one table with prepared multi-row statements (<c>INSERT … VALUES (…), (…), …</c>):
/// chunks of 32 rows, the rest in chunks of 16, 8, 4, 2 and 1, so each table has at most six prepared statements,
/// kept on the writer connection across batches.
/// </summary>
/// <remarks>
/// Why: a batch writes thousands of rows per table; one statement step per 32 rows instead of per row saves SQLite's
/// per-step work (program start, reset) and the managed call around it. Values are bound by parameter number with no boxing.
/// </remarks>
/// <param name="head">The statement up to <c>VALUES</c>, e.g. <c>INSERT INTO t (a, b)</c>.</param>
/// <param name="columns">Values per row.</param>
/// <param name="bind">Binds one row's values from the given first parameter number on.</param>
/// <param name="tail">What follows the rows (e.g. an <c>ON CONFLICT</c> clause).</param>
internal sealed class MultiRowInsert<T>(SqlSession db, string head, int columns, Action<RawStatement, int, T> bind, string tail = "")
{
    private const int LargestChunk = 32;
    private readonly Dictionary<int, string> sqlByRows = [];

    public void Insert(IReadOnlyList<T> rows)
    {
        var next = 0;
        for (var chunk = LargestChunk; chunk > 0; chunk /= 2)
        {
            if (rows.Count - next < chunk)
            {
                continue;
            }

            var statement = db.Prepared(Sql(chunk));
            while (rows.Count - next >= chunk)
            {
                for (var row = 0; row < chunk; row++)
                {
                    bind(statement, (row * columns) + 1, rows[next + row]);
                }

                statement.Run();
                next += chunk;
            }
        }
    }

    private string Sql(int rows)
    {
        if (!sqlByRows.TryGetValue(rows, out var sql))
        {
            var one = "(" + string.Join(", ", Enumerable.Repeat("?", columns)) + ")";
            var text = new StringBuilder(head).Append(" VALUES ");
            for (var i = 0; i < rows; i++)
            {
                text.Append(i == 0 ? one : ", " + one);
            }

            sql = text.Append(' ').Append(tail).ToString();
            sqlByRows[rows] = sql;
        }

        return sql;
    }
}
