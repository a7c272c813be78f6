using System.Text.Json;
using Graph.Core.Model;
using Graph.Store.Neo4j.Cypher;
using Graph.Store.Neo4j.Tests.TestDoubles;

namespace Graph.Store.Neo4j.Tests;

/// <summary>
/// The store's use of the Query API, against the test double: schema at start, one transaction per write, rollback on
/// failure, whole-unit retry, nothing sent for invalid facts. (What the statements do to a graph needs a live Neo4j:
/// the contract suite in tests/Graph.Store.Tests runs when NEO4J_URI is set.)
/// </summary>
public sealed class Neo4jGraphStoreTests : IDisposable
{
    private const string Hash = "3f1c";

    private readonly QueryApiTestDouble server = new();

    public void Dispose() => server.Dispose();

    private static ArticleFacts Facts(string hash = Hash) => new(
        new Article("a1", hash, Title: "Talks"),
        [new ArticleEntity("Vladimir Putin", "PERSON"), new ArticleEntity("Xi Jinping", "PERSON")],
        [new Statement("a1", "Vladimir Putin", "MET", "Xi Jinping", "Putin met Xi.", 0.9)]);

    private async Task<Neo4jGraphStore> OpenAsync(Action<string>? fault = null)
    {
        foreach (var _ in CypherCatalog.Embedded.Schema)
        {
            server.Answer(202, QueryApiAnswers.Empty);
        }

        server.Answer(202, QueryApiAnswers.Empty); // queries/entities-without-order: every entity has its listing keys

        var store = await Neo4jGraphStore.OpenAsync(TestOptions.For(server.BaseUri), faultInjectionAfterArticleWritten: fault);
        return store;
    }

    /// <summary>What the store sent after opening (the schema statements and the one look for unkeyed entities).</summary>
    private IEnumerable<RecordedRequest> AfterSchema => server.Requests.Skip(CypherCatalog.Embedded.Schema.Count + 1);

    private static string Statement(RecordedRequest request) => JsonDocument.Parse(request.Body).RootElement.GetProperty("statement").GetString()!;

    [Fact]
    public async Task Opening_applies_every_schema_statement_in_order_then_looks_for_unkeyed_entities()
    {
        await using var store = await OpenAsync();

        server.Requests.Select(r => r.Path).Should().OnlyContain(p => p == "/db/neo4j/query/v2");
        server.Requests.Select(Statement).Should().Equal(
            CypherCatalog.Embedded.Schema.Select(s => s.Text).Append(CypherCatalog.Embedded.Get("queries/entities-without-order").Text));
    }

    [Fact]
    public async Task The_same_content_hash_again_changes_nothing_in_one_transaction()
    {
        await using var store = await OpenAsync();
        server.Answer(202, QueryApiAnswers.InTransaction("t1"))
              .Answer(202, QueryApiAnswers.InTransaction("t1", $$"""{"fields":["contentHash","seq","firstIngestedAt"],"values":[[{"$type":"String","_value":"{{Hash}}"},{"$type":"Integer","_value":"1"},{"$type":"OffsetDateTime","_value":"2024-01-01T00:00:00Z"}]]}"""))
              .Answer(202, QueryApiAnswers.Committed);

        var result = await store.PutArticleAsync(Facts());

        result.Should().Be(new PutResult(PutOutcome.Unchanged, 0, 0));
        var requests = AfterSchema.ToList();
        requests.Select(r => $"{r.Method} {r.Path}").Should().Equal("POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/t1", "POST /db/neo4j/query/v2/tx/t1/commit");
        Statement(requests[1]).Should().Be(CypherCatalog.Embedded.Get("queries/article-state").Text);
        JsonDocument.Parse(requests[1].Body).RootElement.GetProperty("parameters").GetProperty("id").GetProperty("_value").GetString().Should().Be("a1");
    }

    [Fact]
    public async Task Every_statement_sent_is_a_file_of_cypher_verbatim()
    {
        await using var store = await OpenAsync();
        server.Fallback = new ScriptedAnswer(202, QueryApiAnswers.Error("Neo.ClientError.Statement.SyntaxError", "scripted refusal"));

        foreach (var read in new Func<Task>[]
        {
            () => store.GetEntityAsync("person:x"),
            () => store.FindEntitiesByNameAsync("X"),
            () => store.SearchEntitiesAsync(new EntitySearch("x")),
            () => store.ListEntitiesAsync(new EntityListQuery()),
            () => store.ListEntitiesAsync(new EntityListQuery { Order = EntityOrder.Name, Types = ["PERSON"] }),
            () => store.ListEntitiesAsync(new EntityListQuery { Search = "x" }),
            () => store.GetRelationsAsync(new RelationQuery("person:x")),
            () => store.SearchRelationsAsync(new RelationSearch()),
            () => store.GetRelationAsync("a|MET|b"),
            () => store.GetEvidenceAsync(["a|MET|b"]),
            () => store.GetTimelineAsync("person:x", null, null),
            () => store.GetArticleAsync("a1"),
            () => store.GetArticlesAsync(new ArticleQuery()),
            () => store.GetCountsAsync(),
        })
        {
            await read.Should().ThrowAsync<Http.Neo4jException>();
        }

        var files = CypherCatalog.Embedded.Names.Select(n => CypherCatalog.Embedded.Get(n).Text).ToHashSet(StringComparer.Ordinal);
        var sent = server.Requests.Where(r => r.Body.Length > 0).Select(Statement).ToList();
        sent.Should().HaveCountGreaterThan(CypherCatalog.Embedded.Schema.Count + 10);
        sent.Should().OnlyContain(text => files.Contains(text), "the adapter sends only the linted files, never built strings");
    }

    [Fact]
    public async Task Invalid_facts_send_nothing()
    {
        await using var store = await OpenAsync();
        var bad = Facts() with { Statements = [new Statement("a1", "Vladimir Putin", "HUGGED", "Xi Jinping", "…")] };

        var act = () => store.PutArticlesAsync([Facts(), bad]);

        (await act.Should().ThrowAsync<InvalidFactsException>()).Which.Message.Should().Contain("HUGGED");
        AfterSchema.Should().BeEmpty();
    }

    [Fact]
    public async Task A_failure_inside_the_write_rolls_the_transaction_back()
    {
        await using var store = await OpenAsync(fault: id => throw new InvalidOperationException($"fault after {id}"));
        server.Answer(202, QueryApiAnswers.InTransaction("t2"))
              .Answer(202, QueryApiAnswers.InTransaction("t2", $$"""{"fields":["contentHash","seq","firstIngestedAt"],"values":[[{"$type":"String","_value":"{{Hash}}"},{"$type":"Integer","_value":"1"},{"$type":"OffsetDateTime","_value":"2024-01-01T00:00:00Z"}]]}"""))
              .Answer(202, QueryApiAnswers.Committed);

        var act = () => store.PutArticleAsync(Facts());

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("fault after a1");
        AfterSchema.Select(r => $"{r.Method} {r.Path}").Should().Equal("POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/t2", "DELETE /db/neo4j/query/v2/tx/t2");
    }

    [Fact]
    public async Task A_transient_error_mid_write_retries_the_whole_write()
    {
        await using var store = await OpenAsync();
        server.Answer(202, QueryApiAnswers.InTransaction("t3"))
              .Answer(202, QueryApiAnswers.Error("Neo.TransientError.Transaction.LockClientStopped", "The transaction has been terminated."))
              .Answer(202, QueryApiAnswers.Committed)
              .Answer(202, QueryApiAnswers.InTransaction("t4"))
              .Answer(202, QueryApiAnswers.InTransaction("t4", $$"""{"fields":["contentHash","seq","firstIngestedAt"],"values":[[{"$type":"String","_value":"{{Hash}}"},{"$type":"Integer","_value":"1"},{"$type":"OffsetDateTime","_value":"2024-01-01T00:00:00Z"}]]}"""))
              .Answer(202, QueryApiAnswers.Committed);

        var result = await store.PutArticleAsync(Facts());

        result.Outcome.Should().Be(PutOutcome.Unchanged);
        AfterSchema.Select(r => $"{r.Method} {r.Path}").Should().Equal(
            "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/t3", "DELETE /db/neo4j/query/v2/tx/t3",
            "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/t4", "POST /db/neo4j/query/v2/tx/t4/commit");
    }

    [Fact]
    public async Task Search_text_becomes_a_lucene_query_of_folded_words_only()
    {
        await using var store = await OpenAsync();
        server.Answer(202, """{"data":{"fields":["total","page"],"values":[[{"$type":"Integer","_value":"0"},{"$type":"List","_value":[]}]]},"bookmarks":[]}""");

        var page = await store.SearchEntitiesAsync(new EntitySearch("Vladímir  PUTIN\"~*(") { Types = ["PERSON"] });
        var none = await store.SearchEntitiesAsync(new EntitySearch("  \"*( "));

        page.Items.Should().BeEmpty();
        none.Items.Should().BeEmpty();
        var request = AfterSchema.Should().ContainSingle("text without words sends no query").Subject;
        var parameters = JsonDocument.Parse(request.Body).RootElement.GetProperty("parameters");
        parameters.GetProperty("query").GetProperty("_value").GetString().Should().Be("(vladimir OR vladimir*) AND (putin OR putin*)");
        parameters.GetProperty("types").GetProperty("_value")[0].GetProperty("_value").GetString().Should().Be("PERSON");
    }

    [Fact]
    public async Task A_page_of_relations_is_read_from_typed_maps_with_a_cursor_to_the_next()
    {
        await using var store = await OpenAsync();
        server.Answer(202, """
            {"data":{"fields":["entityId","total","page"],"values":[[
              {"$type":"String","_value":"person:vladimir-putin"},
              {"$type":"Integer","_value":"3"},
              {"$type":"List","_value":[
                {"$type":"Map","_value":{"id":{"$type":"String","_value":"person:vladimir-putin|MET|person:xi-jinping"},"type":{"$type":"String","_value":"MET"},
                  "subjectId":{"$type":"String","_value":"person:vladimir-putin"},"objectId":{"$type":"String","_value":"person:xi-jinping"},
                  "support":{"$type":"Integer","_value":"2"},"confidence":{"$type":"Float","_value":"0.95"},
                  "firstSeen":{"$type":"OffsetDateTime","_value":"2024-01-01T00:00:00Z"},"lastSeen":{"$type":"OffsetDateTime","_value":"2024-01-10T00:00:00Z"}}},
                {"$type":"Map","_value":{"id":{"$type":"String","_value":"person:vladimir-putin|CRITICIZED|organization:nato"},"type":{"$type":"String","_value":"CRITICIZED"},
                  "subjectId":{"$type":"String","_value":"person:vladimir-putin"},"objectId":{"$type":"String","_value":"organization:nato"},
                  "support":{"$type":"Integer","_value":"1"},"confidence":{"$type":"Float","_value":"0.4"},
                  "firstSeen":{"$type":"OffsetDateTime","_value":"2024-01-01T00:00:00Z"},"lastSeen":{"$type":"OffsetDateTime","_value":"2024-01-01T00:00:00Z"}}}
              ]}]]},"bookmarks":[]}
            """);

        var page = await store.GetRelationsAsync(new RelationQuery("person:vladimir-putin") { First = 1 });

        page.TotalCount.Should().Be(3);
        page.HasNextPage.Should().BeTrue();
        page.Items.Should().ContainSingle().Which.Should().Be(new Relation(
            "person:vladimir-putin|MET|person:xi-jinping", "MET", "person:vladimir-putin", "person:xi-jinping", 2, 0.95,
            new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 1, 10, 0, 0, 0, TimeSpan.Zero)));
        page.EndCursor.Should().NotBeNull();
        var parameters = JsonDocument.Parse(AfterSchema.Single().Body).RootElement.GetProperty("parameters");
        parameters.GetProperty("first").GetProperty("_value").GetString().Should().Be("1");
        parameters.GetProperty("skip").GetProperty("_value").GetString().Should().Be("0");
        parameters.GetProperty("symmetric").GetProperty("_value").EnumerateArray().Select(v => v.GetProperty("_value").GetString()).Should().Contain("MET").And.NotContain("CRITICIZED");
    }
}
