using System.Globalization;

namespace Graph.Store.Sqlite.Reading;

/// <summary>
/// Builds a WHERE clause from optional filters with positional parameters (<c>$p0</c>…). Only the shape of the
/// SQL depends on which filters are set; every value, whatever its source, is a parameter.
/// </summary>
internal sealed class SqlFilter
{
    private readonly List<string> conditions = [];

    public List<object?> Args { get; } = [];

    /// <summary>Adds a value and returns its placeholder.</summary>
    public string P(object? value)
    {
        Args.Add(value);
        return "$p" + (Args.Count - 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Adds a row limit and returns the expression for <c>LIMIT</c>. Not the bare placeholder: SQLite (3.47 and later)
    /// reads a bare <c>LIMIT $pN</c>'s value while planning and marks the statement to be compiled again whenever that
    /// parameter is bound, which made every run of a prepared read pay a full re-prepare. As an expression the limit
    /// is applied the same way at run time, and the prepared statement is reused as it is.
    /// </summary>
    /// <remarks>The same holds for OFFSET: pass its value here too.</remarks>
    public string Limit(int rows) => P(rows) + " + 0";

    public SqlFilter Where(string condition)
    {
        conditions.Add(condition);
        return this;
    }

    public string Clause => conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions);

    /// <summary>The conditions to append to a WHERE clause that already has one (" AND …"), or empty.</summary>
    public string AndClause => conditions.Count == 0 ? string.Empty : " AND " + string.Join(" AND ", conditions);

    /// <summary>A copy to extend (e.g. with a cursor) without changing this one.</summary>
    public SqlFilter Clone()
    {
        var copy = new SqlFilter();
        copy.conditions.AddRange(conditions);
        copy.Args.AddRange(Args);
        return copy;
    }
}
