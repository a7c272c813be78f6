using Graph.Core.Model;
using Graph.Core.Ontology;
using Graph.Extraction.Evaluation;
using Graph.Store;
using Graph.Store.Sqlite;

namespace Graph.Interchange.Tests;

/// <summary>
/// A real embedded store holding the seed gold facts plus articles made to be awkward for file formats: commas, quotes,
/// line breaks (\n and \r), a tab, non-Latin text, an empty title, no date, an entity mentioned without any statement,
/// a negated statement, spans, and an article replaced by a second version.
/// </summary>
internal sealed class SampleGraph : IAsyncDisposable
{
    private SampleGraph(string folder, SqliteGraphStore store)
    {
        Folder = folder;
        Store = store;
    }

    public string Folder { get; }

    public SqliteGraphStore Store { get; }

    public static async Task<SampleGraph> CreateAsync()
    {
        var folder = Directory.CreateTempSubdirectory("graph-interchange-").FullName;
        var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = Path.Combine(folder, "source.db") });
        foreach (var facts in GuidelinesJsonl.ReadFile(TestSupport.RepoPaths.InShared("extraction", "gold", "seeds.jsonl"), GraphOntology.Default))
        {
            await store.PutArticleAsync(facts);
        }

        await store.PutArticleAsync(Awkward("first version"));
        await store.PutArticleAsync(Awkward("second version, \"quoted\"\r\nand broken"));
        await store.PutArticleAsync(Undated());
        return new SampleGraph(folder, store);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    /// <summary>An empty store beside the sample, opened with a replay clock (for imports).</summary>
    public async Task<(SqliteGraphStore Store, ReplayClock Clock)> FreshStoreAsync(string name)
    {
        var clock = new ReplayClock();
        var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = Path.Combine(Folder, name + ".db"), Clock = clock });
        return (store, clock);
    }

    private static ArticleFacts Awkward(string version)
    {
        const string id = "https://example.org/news/a,b?c=\"d\"";
        var article = new Article(id, ContentHash.Of(version), id, "Talks, \"at last\"\nin Zürich", "Example Wire", new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.FromHours(2)));
        ArticleEntity[] entities =
        [
            new("Ngozi Adebayo-Okafor", "PERSON", ["Adebayo-Okafor", "the minister, \"NAO\""]),
            new("Tomasz Wiśniewski", "PERSON", ["Wiśniewski"]),
            new("Council of Ports; Harbours", "ORGANIZATION", []),
            new("Ōsaka", "LOCATION", ["大阪"]),
        ];
        Statement[] statements =
        [
            new(id, "Ngozi Adebayo-Okafor", "MET", "Tomasz Wiśniewski", "Adebayo-Okafor met Wiśniewski,\tbriefly,\r\nin \"good faith\" (" + version + ").", 0.875)
            {
                SentenceIndex = 3, SentenceSpan = new TextSpan(120, 190), SubjectSpan = new TextSpan(120, 134), ObjectSpan = new TextSpan(139, 149),
            },
            new(id, "Tomasz Wiśniewski", "CRITICIZED", "Council of Ports; Harbours", "Wiśniewski did not criticize the council.", 0.6, Negated: true) { SentenceIndex = 4 },
            new(id, "Ngozi Adebayo-Okafor", "WORKS_FOR", "Council of Ports; Harbours", "She works for the council.", 1.0) { SentenceIndex = 5 },
        ];
        return new ArticleFacts(article, entities, statements);
    }

    private static ArticleFacts Undated()
    {
        const string id = "local/undated.txt";
        var article = new Article(id, ContentHash.Of("undated"), null, string.Empty, null, null);
        ArticleEntity[] entities = [new("Tomasz Wiśniewski", "PERSON", []), new("Harbour Guild", "GROUP", [])];
        Statement[] statements = [new(id, "Tomasz Wiśniewski", "LEADS", "Harbour Guild", "Wiśniewski leads the guild.", 0.5)];
        return new ArticleFacts(article, entities, statements);
    }
}
