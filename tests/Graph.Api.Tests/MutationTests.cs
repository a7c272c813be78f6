using System.Text.Json;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests;

/// <summary>Mutations through the real endpoint: ingest, re-ingest, delete, merge, alias — each visible in later queries.</summary>
public sealed class MutationTests
{
    private const string Ingest = """
        mutation($text: String!, $meta: ArticleMetadataInput) {
          ingestArticle(text: $text, metadata: $meta) { outcome article { key title } entities { name type } statements { subject relation object sentence } }
        }
        """;

    private static Dictionary<string, object?> Vars(params (string Key, object? Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    [Fact]
    public async Task Ingesting_returns_the_facts_and_stores_them_and_the_same_text_again_changes_nothing()
    {
        await using var server = await TestGraphServer.StartAsync(configure: b => b.Ingestor = new SeedFactsIngestor());
        var meta = new Dictionary<string, object?> { ["id"] = "t-1", ["title"] = "Test article" };
        var text = "Qarnex Foundry cooperated with Velmora Works. Velmora Works cooperated with Tindal Yards.";
        var first = await server.PostAsync(Ingest, Vars(("text", text), ("meta", meta)), TestGraphServer.ApiKey);
        first.Errors.Should().BeEmpty(first.Text);
        var payload = first.Data.GetProperty("ingestArticle");
        payload.GetProperty("outcome").GetString().Should().Be("ADDED");
        payload.GetProperty("article").GetProperty("title").GetString().Should().Be("Test article");
        payload.GetProperty("statements").GetArrayLength().Should().Be(2);

        var stored = await server.PostAsync("""{ entity(name: "Velmora Works") { relations { totalCount } } }""");
        stored.Data.GetProperty("entity").GetProperty("relations").GetProperty("totalCount").GetInt32().Should().Be(2);

        var again = await server.PostAsync(Ingest, Vars(("text", text), ("meta", meta)), TestGraphServer.ApiKey);
        again.Data.GetProperty("ingestArticle").GetProperty("outcome").GetString().Should().Be("UNCHANGED");

        var reingest = await server.PostAsync(
            """mutation { reingestArticle(id: "t-1", text: "Qarnex Foundry cooperated with Tindal Yards.") { outcome statements { subject object } } }""", apiKey: TestGraphServer.ApiKey);
        reingest.Data.GetProperty("reingestArticle").GetProperty("outcome").GetString().Should().Be("REPLACED");
        var after = await server.PostAsync("""{ entity(name: "Velmora Works") { name } }""");
        after.Data.GetProperty("entity").ValueKind.Should().Be(JsonValueKind.Null, "the entity lost its last support");

        var deleted = await server.PostAsync("""mutation { deleteArticle(id: "t-1") { articleId deleted } }""", apiKey: TestGraphServer.ApiKey);
        deleted.Data.GetProperty("deleteArticle").GetProperty("deleted").GetBoolean().Should().BeTrue();
        (await server.PostAsync("""{ article(id: "t-1") { key } }""")).Data.GetProperty("article").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task The_real_extraction_pipeline_reads_an_ingested_article()
    {
        await using var server = await TestGraphServer.StartAsync();
        var response = await server.PostAsync(Ingest, Vars(
            ("text", "Prime Minister Alvaro Quenting met President Dorel Vasquin in Lisbon on Monday. Quenting later criticized the Harlow Group."),
            ("meta", new Dictionary<string, object?> { ["title"] = "Talks" })), TestGraphServer.ApiKey);
        response.Errors.Should().BeEmpty(response.Text);
        var payload = response.Data.GetProperty("ingestArticle");
        payload.GetProperty("outcome").GetString().Should().Be("ADDED");
        payload.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()).Should().Contain("Alvaro Quenting");
        payload.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("relation").GetString()).Should().Contain("MET");
    }

    [Fact]
    public async Task Ingest_errors_say_what_is_missing()
    {
        await using var server = await TestGraphServer.StartAsync();
        var noText = await server.PostAsync("""mutation { ingestArticle(url: "https://example.org/a") { outcome } }""", apiKey: TestGraphServer.ApiKey);
        // This server extracts inline (no ingestion queue), so it cannot fetch a URL; `graph serve` fetches it through its queue.
        noText.ErrorMessages.Single().Should().Contain("no ingestion queue to fetch the URL");
        var nothing = await server.PostAsync("""mutation { ingestArticle(metadata: {title: "t"}) { outcome } }""", apiKey: TestGraphServer.ApiKey);
        nothing.ErrorMessages.Single().Should().Contain("\"text\" or its \"url\"");
        var unknown = await server.PostAsync("""mutation { reingestArticle(id: "nope", text: "x") { outcome } }""", apiKey: TestGraphServer.ApiKey);
        unknown.ErrorCodes.Single().Should().Be("NOT_FOUND");
    }

    [Fact]
    public async Task Merging_moves_relations_and_aliases_and_unknown_ids_are_named()
    {
        await using var server = await TestGraphServer.StartAsync();
        var before = await server.PostAsync("""{ a: entity(name: "Putin") { key relations { totalCount } } b: entity(name: "Peskov") { key relations { totalCount } } }""");
        var keep = before.Data.GetProperty("a").GetProperty("key").GetString();
        var merge = before.Data.GetProperty("b").GetProperty("key").GetString();
        var merged = await server.PostAsync(
            "mutation($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m) { key aliases } }", Vars(("k", keep), ("m", merge)), TestGraphServer.ApiKey);
        merged.Errors.Should().BeEmpty(merged.Text);
        merged.Data.GetProperty("mergeEntities").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should().Contain("Peskov");
        (await server.PostAsync("query($m: ID!) { entity(id: $m) { name } }", Vars(("m", merge)))).Data.GetProperty("entity").ValueKind.Should().Be(JsonValueKind.Null);

        var missing = await server.PostAsync("""mutation { addAlias(entity: "person:nobody", alias: "x") { name } }""", apiKey: TestGraphServer.ApiKey);
        missing.ErrorMessages.Single().Should().Be("No entity with id 'person:nobody'.");
        missing.ErrorCodes.Single().Should().Be("NOT_FOUND");
    }
}
