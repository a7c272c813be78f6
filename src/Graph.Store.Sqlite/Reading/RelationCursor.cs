using System.Globalization;
using Graph.Core.Model;

namespace Graph.Store.Sqlite.Reading;

/// <summary>Where a relation page ended: the last relation's place in the order (support descending, then subject id, type, object id).</summary>
internal sealed record RelationCursor(long Support, string Subject, string Type, string Object)
{
    public static RelationCursor? Decode(string? after) =>
        Cursor.Decode(after, 4) is { } c
            ? new RelationCursor(
                long.TryParse(c[0], NumberStyles.None, CultureInfo.InvariantCulture, out var support)
                    ? support
                    : throw new ArgumentException($"'{after}' is not a cursor this store gave out", nameof(after)),
                c[1],
                c[2],
                c[3])
            : null;

    public static string Encode(Relation last) =>
        Cursor.Encode(last.Support.ToString(CultureInfo.InvariantCulture), last.SubjectId, last.Type, last.ObjectId);

    /// <summary>Keeps the relations after this one in the order, for a query over <c>r</c>, <c>s</c> and <c>o</c>.</summary>
    public void After(SqlFilter filter) =>
        // Support bounded on its own first, so that SQLite can start an index range on support there.
        filter.Where($"r.support <= {filter.P(Support)} AND (r.support < {filter.P(Support)} OR (s.id, r.type, o.id) > ({filter.P(Subject)}, {filter.P(Type)}, {filter.P(Object)}))");

    /// <summary>Keeps the relations after this one within its support level, walked by subject id.</summary>
    public void AfterInLevel(SqlFilter filter) =>
        filter.Where($"s.id >= {filter.P(Subject)} AND (s.id, r.type, o.id) > ({filter.P(Subject)}, {filter.P(Type)}, {filter.P(Object)})");
}
