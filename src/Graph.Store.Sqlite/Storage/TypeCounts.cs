namespace Graph.Store.Sqlite.Storage;

/// <summary>
/// The entity and relation counts per type (<c>type_count</c>, migration 0009), and the article and statement counts
/// (migration 0012, under <see cref="Untyped"/>): every writer that inserts or deletes such rows reports the change here,
/// in the same transaction; the graph's counts read them.
/// </summary>
internal static class TypeCounts
{
    public const string Entity = "entity";

    public const string Relation = "relation";

    /// <summary>Articles, counted under <see cref="Untyped"/> (migration 0012).</summary>
    public const string Article = "article";

    /// <summary>Statements, counted under <see cref="Untyped"/> (migration 0012).</summary>
    public const string Statement = "statement";

    /// <summary>The type that kinds without types (articles, statements) are counted under.</summary>
    public const string Untyped = "";

    /// <summary>Adds <paramref name="change"/> (negative for rows that went) to the count of <paramref name="type"/>.</summary>
    public static void Add(SqlSession db, string kind, string type, long change)
    {
        if (change != 0)
        {
            db.Execute(
                "INSERT INTO type_count (kind, type, n) VALUES ($p0, $p1, $p2) ON CONFLICT (kind, type) DO UPDATE SET n = n + excluded.n",
                kind, type, change);
        }
    }

    /// <summary>Adds each type's change.</summary>
    public static void Add(SqlSession db, string kind, IReadOnlyDictionary<string, long> changes)
    {
        foreach (var (type, change) in changes)
        {
            Add(db, kind, type, change);
        }
    }
}
