namespace Graph.Store.Sqlite.Storage;

/// <summary>
/// The integer key of a statement row: its article's <c>seq</c> in the high bits, its ordinal in the low 20. New articles
/// (higher seq) append at the end of the statement b-tree, and an article's statements are one key range.
/// </summary>
internal static class StatementKeys
{
    private const int OrdinalBits = 20;

    /// <summary>How many statements one article may carry.</summary>
    public const int MaxPerArticle = 1 << OrdinalBits;

    public static long Of(long articleSeq, int ordinal) => (articleSeq << OrdinalBits) | (long)ordinal;

    /// <summary>The first key of the article's range.</summary>
    public static long First(long articleSeq) => articleSeq << OrdinalBits;

    /// <summary>The last key of the article's range.</summary>
    public static long Last(long articleSeq) => (articleSeq << OrdinalBits) | (MaxPerArticle - 1);
}
