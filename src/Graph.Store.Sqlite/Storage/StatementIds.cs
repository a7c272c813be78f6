using System.Globalization;

namespace Graph.Store.Sqlite.Storage;

/// <summary>A statement's id: its article and its position in the article's list (stable for the same facts).</summary>
internal static class StatementIds
{
    public static string Of(string articleId, int ordinal) => articleId + "#" + ordinal.ToString(CultureInfo.InvariantCulture);
}
