using System.Text.Json;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Reading;

/// <summary>The snapshot's per-article mentions and the order articles arrived in (for copying the graph elsewhere).</summary>
internal sealed class MentionReader(SqlSession db)
{
    public IReadOnlyList<ArticleMention> All() =>
        ArticleMention.Canonical(db.Query(
            "SELECT a.id, e.id, m.local_name, m.names FROM mention m JOIN article a ON a.seq = m.seq JOIN entity e ON e.n = m.entity_n",
            r => ArticleMention.Of(r.GetString(0), r.GetString(1), r.GetString(2), Names(r.GetString(3)))));

    public IReadOnlyList<string> IngestionOrder() => db.Query("SELECT id FROM article ORDER BY seq", r => r.GetString(0));

    /// <summary>The names column: JSON <c>[[key, name], …]</c>.</summary>
    private static IEnumerable<string> Names(string json) =>
        (JsonSerializer.Deserialize<string[][]>(json) ?? []).Select(pair => pair[1]);
}
