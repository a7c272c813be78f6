using Graph.Core.Model;
using Graph.Store.Sqlite;
using Graph.Store.Tests.Support;

namespace Graph.Store.Tests.Sqlite;

/// <summary>
/// The SQLite store keys rows by entity number, which a rename leaves alone, but a symmetric relation keeps its ends in
/// text-id order (its id, the one the port gives out, is built that way). A rename that moves an entity's id to the
/// other side of its partner's must therefore re-key that relation and its statements, and nothing else.
/// </summary>
public sealed class SymmetricRenameTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    // "Zorn" (person:zorn) met "Mara Ames" (person:mara-ames): the relation is person:mara-ames|MET|person:zorn.
    private static ArticleFacts First() =>
        ArticleBuilder.Article("r1", day: 1).Entity("Zorn", "PERSON").Entity("Mara Ames", "PERSON").Says("Zorn", "MET", "Mara Ames", 0.8);

    // "Adam Zorn" joins "Zorn" (the one-word person seen first) and renames it person:adam-zorn, which sorts before person:mara-ames.
    private static ArticleFacts Second() =>
        ArticleBuilder.Article("r2", day: 2).Entity("Adam Zorn", "PERSON").Entity("Kestrel Works", "ORGANIZATION").Says("Adam Zorn", "CRITICIZED", "Kestrel Works", 0.7);

    [Fact]
    public async Task A_rename_across_the_partners_id_re_keys_the_symmetric_relation_and_its_evidence()
    {
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = folder.NewFile("graph.db") });
        await store.PutArticleAsync(First());
        (await store.GetRelationAsync("person:mara-ames|MET|person:zorn")).Should().NotBeNull();

        await store.PutArticleAsync(Second());

        (await store.GetEntityAsync("person:zorn")).Should().BeNull("the entity took its fuller name");
        (await store.GetRelationAsync("person:mara-ames|MET|person:zorn")).Should().BeNull();
        var met = await store.GetRelationAsync("person:adam-zorn|MET|person:mara-ames");
        met.Should().NotBeNull();
        met!.SubjectId.Should().Be("person:adam-zorn");
        met.Support.Should().Be(1);
        var evidence = await store.GetEvidenceAsync([met.Id]);
        evidence[met.Id].Should().ContainSingle().Which.ArticleId.Should().Be("r1");
        (await store.GetRelationsAsync(new RelationQuery("person:mara-ames"))).Items.Select(r => r.Id)
            .Should().Equal("person:adam-zorn|MET|person:mara-ames");

        // The same graph as a fresh store given the articles the other way round (where no rename happens); only the
        // order the articles came in differs.
        await using var fresh = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = folder.NewFile("fresh.db") });
        await fresh.PutArticleAsync(Second());
        await fresh.PutArticleAsync(First());
        ((await store.ReadAllAsync()) with { IngestionOrder = [] }).ShouldEqualIgnoringIngestion((await fresh.ReadAllAsync()) with { IngestionOrder = [] });
    }
}
