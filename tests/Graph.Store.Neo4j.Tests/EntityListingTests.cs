using System.Text.Json;
using Graph.Core.Model;
using Graph.Core.Ontology;
using Graph.Store.Neo4j.Cypher;
using Graph.Store.Neo4j.Tests.TestDoubles;

namespace Graph.Store.Neo4j.Tests;

/// <summary>
/// Listing entities on Neo4j, against the Query API TEST DOUBLE: which statement is sent with which parameters (index
/// ranges per type, keyset bounds from the cursor), how the answer becomes a page, the sort keys written with every
/// write and given at open to entities without them. What the statements do in a real graph is the contract suite's
/// job against a live Neo4j (tests/Graph.Store.Tests, NEO4J_URI).
/// </summary>
public sealed class EntityListingTests : IDisposable
{
    private readonly QueryApiTestDouble server = new();

    public void Dispose() => server.Dispose();

    private static string Text(string name) => CypherCatalog.Embedded.Get(name).Text;

    private static JsonElement Parameters(RecordedRequest request) => JsonDocument.Parse(request.Body).RootElement.GetProperty("parameters");

    private static string Statement(RecordedRequest request) => JsonDocument.Parse(request.Body).RootElement.GetProperty("statement").GetString()!;

    private static IEnumerable<JsonElement> Items(JsonElement typedList) => typedList.GetProperty("_value").EnumerateArray();

    private static string Str(JsonElement typed, string field) => typed.GetProperty("_value").GetProperty(field).GetProperty("_value").GetString()!;

    private async Task<Neo4jGraphStore> OpenAsync()
    {
        foreach (var _ in CypherCatalog.Embedded.Schema)
        {
            server.Answer(202, QueryApiAnswers.Empty);
        }

        server.Answer(202, QueryApiAnswers.Empty);
        return await Neo4jGraphStore.OpenAsync(TestOptions.For(server.BaseUri));
    }

    private List<RecordedRequest> AfterOpen => [.. server.Requests.Skip(CypherCatalog.Embedded.Schema.Count + 1)];

    private static string Listed(int total, params (string Id, int Mentions, string SortKey)[] entities)
    {
        static string S(string v) => $$"""{"$type":"String","_value":{{JsonSerializer.Serialize(v)}}}""";
        var maps = entities.Select(e =>
            "{\"$type\":\"Map\",\"_value\":{\"id\":" + S(e.Id) + ",\"type\":" + S("PERSON") + ",\"name\":" + S(e.Id[7..])
            + ",\"aliases\":{\"$type\":\"List\",\"_value\":[]},\"mentions\":{\"$type\":\"Integer\",\"_value\":\"" + e.Mentions + "\"},\"sortKey\":" + S(e.SortKey) + "}}");
        return $$"""{"data":{"fields":["total","page"],"values":[[{"$type":"Integer","_value":"{{total}}"},{"$type":"List","_value":[{{string.Join(",", maps)}}]}]]},"bookmarks":[]}""";
    }

    [Fact]
    public async Task Without_a_search_each_type_is_an_index_range_and_the_cursor_bounds_the_next_page()
    {
        await using var store = await OpenAsync();
        server.Answer(202, Listed(5, ("person:ana", 9, "9999999990\u0001person:ana"), ("person:bo", 9, "9999999990\u0001person:bo"), ("person:cy", 4, "9999999995\u0001person:cy")))
              .Answer(202, Listed(5));

        var first = await store.ListEntitiesAsync(new EntityListQuery { First = 2 });
        var second = await store.ListEntitiesAsync(new EntityListQuery { First = 2, After = first.EndCursor });

        first.Items.Select(e => (e.Id, e.MentionCount)).Should().Equal(("person:ana", 9), ("person:bo", 9));
        first.TotalCount.Should().Be(5);
        first.HasNextPage.Should().BeTrue("the statement returned one row more than the page");
        second.Items.Should().BeEmpty();
        second.EndCursor.Should().BeNull();

        var sent = AfterOpen;
        sent.Select(Statement).Should().Equal(Text("queries/list-entities-by-mentions"), Text("queries/list-entities-by-mentions"));
        var types = GraphOntology.Default.EntityTypes.Select(t => t.Name).ToList();
        var start = Parameters(sent[0]);
        start.GetProperty("limit").GetProperty("_value").GetString().Should().Be("3");
        Items(start.GetProperty("types")).Select(t => t.GetProperty("_value").GetString()).Should().Equal(types);
        Items(start.GetProperty("ranges")).Select(r => (Str(r, "from"), Str(r, "to"))).Should().Equal(types.Select(t => (t + "\u0001", t + "\u0002")));
        Items(Parameters(sent[1]).GetProperty("ranges")).Select(r => Str(r, "from"))
            .Should().Equal(types.Select(t => t + "\u0001" + "9999999990\u0001person:bo"), "the next page starts after the last key read");
    }

    [Fact]
    public async Task Types_and_name_order_choose_the_ranges_and_the_statement()
    {
        await using var store = await OpenAsync();
        server.Answer(202, Listed(0));

        await store.ListEntitiesAsync(new EntityListQuery { Order = EntityOrder.Name, Types = ["PERSON", "LOCATION", "PERSON"] });

        var request = AfterOpen.Single();
        Statement(request).Should().Be(Text("queries/list-entities-by-name"));
        Items(Parameters(request).GetProperty("ranges")).Select(r => Str(r, "from")).Should().Equal("PERSON\u0001", "LOCATION\u0001");
        Parameters(request).GetProperty("limit").GetProperty("_value").GetString().Should().Be("51");
    }

    [Fact]
    public async Task A_search_sorts_its_matches_by_the_listing_key_after_the_cursor()
    {
        await using var store = await OpenAsync();
        server.Answer(202, Listed(2, ("person:ana", 1, "ana\u0001person:ana")))
              .Answer(202, Listed(2, ("person:ana-b", 1, "ana b\u0001person:ana-b")));

        var first = await store.ListEntitiesAsync(new EntityListQuery { Search = "Ána", Order = EntityOrder.Name, First = 1 });
        await store.ListEntitiesAsync(new EntityListQuery { Search = "Ána", Order = EntityOrder.Name, First = 1, After = first.EndCursor });
        var none = await store.ListEntitiesAsync(new EntityListQuery { Search = " *(\" " });

        none.Should().BeEquivalentTo(new Page<Entity>([], 0, null, false));
        var sent = AfterOpen;
        sent.Should().HaveCount(2, "a search without words sends nothing");
        sent.Select(Statement).Should().OnlyContain(t => t == Text("queries/search-entities-ordered"));
        var p = Parameters(sent[0]);
        p.GetProperty("query").GetProperty("_value").GetString().Should().Be("(ana OR ana*)");
        p.GetProperty("order").GetProperty("_value").GetString().Should().Be("NAME");
        p.GetProperty("after").GetProperty("_value").ValueKind.Should().Be(JsonValueKind.Null);
        Parameters(sent[1]).GetProperty("after").GetProperty("_value").GetString().Should().Be("ana\u0001person:ana");
    }

    [Fact]
    public async Task A_cursor_that_is_not_ours_for_the_order_is_refused_before_anything_is_sent()
    {
        await using var store = await OpenAsync();
        server.Answer(202, Listed(3, ("person:ana", 1, "ana\u0001person:ana"), ("person:bo", 1, "bo\u0001person:bo")));
        var byName = await store.ListEntitiesAsync(new EntityListQuery { Order = EntityOrder.Name, First = 1 });
        var sent = server.Requests.Count;

        foreach (var (cursor, order) in new[] { ("%%%", EntityOrder.Name), (byName.EndCursor!, EntityOrder.Mentions), (Convert.ToBase64String("neo4j-offset:3"u8.ToArray()), EntityOrder.Name) })
        {
            var act = () => store.ListEntitiesAsync(new EntityListQuery { Order = order, After = cursor });
            (await act.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain(cursor);
        }

        server.Requests.Should().HaveCount(sent);
    }

    [Fact]
    public async Task Opening_gives_listing_keys_to_unkeyed_entities_a_batch_at_a_time()
    {
        foreach (var _ in CypherCatalog.Embedded.Schema)
        {
            server.Answer(202, QueryApiAnswers.Empty);
        }

        server.Answer(202, QueryApiAnswers.Strings("id", "person:ana", "person:bo"))
              .Answer(202, QueryApiAnswers.Empty)
              .Answer(202, QueryApiAnswers.Empty);

        await using var store = await Neo4jGraphStore.OpenAsync(TestOptions.For(server.BaseUri));

        var backfill = server.Requests.Skip(CypherCatalog.Embedded.Schema.Count).ToList();
        backfill.Select(Statement).Should().Equal(Text("queries/entities-without-order"), Text("writes/set-entity-order"), Text("queries/entities-without-order"));
        Items(Parameters(backfill[1]).GetProperty("ids")).Select(i => i.GetProperty("_value").GetString()).Should().Equal("person:ana", "person:bo");
    }

    [Fact]
    public async Task An_entity_that_cannot_be_keyed_stops_the_open_with_its_name_instead_of_looping()
    {
        foreach (var _ in CypherCatalog.Embedded.Schema)
        {
            server.Answer(202, QueryApiAnswers.Empty);
        }

        server.Answer(202, QueryApiAnswers.Strings("id", "person:broken"))
              .Answer(202, QueryApiAnswers.Empty)
              .Answer(202, QueryApiAnswers.Strings("id", "person:broken"));

        var open = () => Neo4jGraphStore.OpenAsync(TestOptions.For(server.BaseUri));

        (await open.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("person:broken");
    }

    [Fact]
    public async Task A_write_keys_its_entities_once_after_the_statements_are_written()
    {
        var conversation = new WriteConversation();
        server.Responder = conversation.Answer;
        await using var store = await Neo4jGraphStore.OpenAsync(TestOptions.For(server.BaseUri));
        var facts = new ArticleFacts(
            new Article("a1", "h1"),
            [new ArticleEntity("Maria Lopez", "PERSON"), new ArticleEntity("Ruritania", "LOCATION")],
            [new Statement("a1", "Maria Lopez", "LEADS", "Ruritania", "Maria Lopez leads Ruritania.")]);

        await store.PutArticleAsync(facts);

        var names = conversation.Statements.Select(s => s.Statement).ToList();
        names.Should().ContainSingle(n => n == "writes/set-entity-order");
        names.IndexOf("writes/set-entity-order").Should().BeGreaterThan(names.IndexOf("writes/add-statements"), "the mention counts include the article's statements");
        var keyed = conversation.Statements.Single(s => s.Statement == "writes/set-entity-order").Parameters.GetProperty("ids");
        Items(keyed).Select(i => i.GetProperty("_value").GetString()).Should().BeEquivalentTo("person:maria-lopez", "location:ruritania");
    }
}
