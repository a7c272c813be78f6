using Graph.Core.Model;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Reading;

/// <summary>
/// Relations in page order (support descending, then subject id, type, object id) when no end is given, read in two
/// parts that each use an order SQLite already has instead of sorting every relation (migration 0010):
/// <list type="bullet">
/// <item>support 2 and more: down the partial index <c>relation_by_support</c>; SQLite sorts only each support level's
/// rows by the tie order, and stops when the page is full;</item>
/// <item>support 1 (most relations of a news graph): by subject id, walking the entity id index with each subject's
/// relations sorted by type and object, so a page reads about as many entities as it needs to fill itself.</item>
/// </list>
/// </summary>
/// <remarks>
/// CROSS JOIN fixes the join order, so the planner cannot turn the walk around; INDEXED BY makes SQLite refuse the
/// query (rather than quietly scan) should the support index ever stop answering it. The partial index's condition
/// is written out as it is in the index, a literal: SQLite uses a partial index only when the query has the same term.
/// </remarks>
internal sealed class RelationsBySupport(SqlSession db)
{
    private const string DownTheSupportIndex =
        "relation r INDEXED BY relation_by_support CROSS JOIN entity s ON s.n = r.subject_n CROSS JOIN entity o ON o.n = r.object_n";

    private const string BySubjectId = "entity s CROSS JOIN relation r ON r.subject_n = s.n CROSS JOIN entity o ON o.n = r.object_n";

    /// <summary>Up to <paramref name="rows"/> relations matching <paramref name="filter"/> after <paramref name="after"/>.</summary>
    /// <param name="minSupport">The search's least support: above 1, no relation supported once can match.</param>
    public List<Relation> Rows(SqlFilter filter, RelationCursor? after, int rows, int minSupport)
    {
        var found = new List<Relation>();
        if (after is null || after.Support >= 2)
        {
            var upper = filter.Clone().Where("r.support >= 2");
            after?.After(upper);
            found.AddRange(db.Rows(
                $"SELECT {RelationReader.Columns} FROM {DownTheSupportIndex}{upper.Clause} ORDER BY r.support DESC, s.id, r.type, o.id LIMIT {upper.Limit(rows)}",
                RelationReader.Read,
                [.. upper.Args]));
        }

        if (found.Count < rows && minSupport <= 1)
        {
            var once = filter.Clone().Where("r.support = 1");
            if (after is { Support: 1 })
            {
                after.AfterInLevel(once);
            }

            found.AddRange(db.Rows(
                $"SELECT {RelationReader.Columns} FROM {BySubjectId}{once.Clause} ORDER BY s.id, r.type, o.id LIMIT {once.Limit(rows - found.Count)}",
                RelationReader.Read,
                [.. once.Args]));
        }

        return found;
    }
}
