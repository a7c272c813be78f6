using System.Globalization;
using Graph.Store.Sqlite;

namespace Graph.Ingestion.Tests.Support;

/// <summary>
/// The whole graph of a store file (<c>IGraphStore.ReadAllAsync</c>) as sorted lines, without what depends on when it
/// was written (ingestion and extraction times): two runs that stored the same facts give the same lines.
/// </summary>
internal static class GraphSnapshots
{
    public static async Task<IReadOnlyList<string>> ReadAsync(string databasePath)
    {
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = databasePath });
        var snapshot = await store.ReadAllAsync();
        var entities = snapshot.Entities.ToDictionary(e => e.Id, e => $"{e.Type}:{e.Name}");
        string Name(string id) => entities.GetValueOrDefault(id, "?" + id);
        var lines = new List<string>();
        lines.AddRange(snapshot.Articles.Select(a => $"article {a.Id} {a.ContentHash} {a.Title} {a.Url} {a.PublishedAt:O}"));
        lines.AddRange(snapshot.Entities.Select(e => $"entity {e.Id} {e.Type}:{e.Name} [{string.Join("|", e.Aliases.Order(StringComparer.Ordinal))}] {e.MentionCount}"));
        lines.AddRange(snapshot.Relations.Select(r => string.Create(CultureInfo.InvariantCulture, $"relation {Name(r.SubjectId)} -{r.Type}-> {Name(r.ObjectId)} support {r.Support} confidence {r.Confidence:0.000000}")));
        lines.AddRange(snapshot.Statements.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"statement {s.Statement.ArticleId} {Name(s.SubjectId)} -{s.Statement.Relation}-> {Name(s.ObjectId)} {s.Statement.Confidence:0.000000} {s.Statement.Negated} {s.Statement.Sentence}")));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
