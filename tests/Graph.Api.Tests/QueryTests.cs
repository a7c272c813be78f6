using System.Text.Json;
using Graph.Api.Tests.Support;

namespace Graph.Api.Tests;

/// <summary>The graph's queries over the seed facts, through the real HTTP endpoint.</summary>
[Collection(SeededServerCollection.Name)]
public sealed class QueryTests(SeededServer fixture)
{
    private readonly TestGraphServer server = fixture.Server;

    private async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await server.PostAsync(query, variables);
        response.Errors.Should().BeEmpty(response.Text);
        response.Status.Should().Be(200);
        return response.Data;
    }

    [Fact]
    public async Task An_entity_is_found_by_name_by_store_id_and_by_global_id_alike()
    {
        var byName = (await DataAsync("""{ entity(name: "Putin") { id key name type aliases mentionCount } }""")).GetProperty("entity");
        byName.GetProperty("name").GetString().Should().Be("Vladimir Putin");
        byName.GetProperty("type").GetString().Should().Be("PERSON");
        byName.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should().Contain("President Putin");
        byName.GetProperty("mentionCount").GetInt32().Should().BeGreaterThan(0);

        var key = byName.GetProperty("key").GetString();
        var id = byName.GetProperty("id").GetString();
        var byKey = await DataAsync("query($id: ID!) { entity(id: $id) { name } }", new Dictionary<string, object?> { ["id"] = key });
        byKey.GetProperty("entity").GetProperty("name").GetString().Should().Be("Vladimir Putin");
        var node = await DataAsync("query($id: ID!) { node(id: $id) { __typename id ... on Entity { name } } }", new Dictionary<string, object?> { ["id"] = id });
        node.GetProperty("node").GetProperty("__typename").GetString().Should().Be("Entity");
        node.GetProperty("node").GetProperty("id").GetString().Should().Be(id);
    }

    [Fact]
    public async Task An_unknown_entity_is_null_not_an_error()
    {
        var data = await DataAsync("""{ entity(name: "Nobody Atall") { name } node(id: "bm90IGFuIGlk") { id } }""");
        data.GetProperty("entity").ValueKind.Should().Be(JsonValueKind.Null);
        data.GetProperty("node").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Relations_page_forward_by_cursor_without_gaps_or_repeats()
    {
        const string Query = """
            query($after: String) { entity(name: "Putin") { relations(first: 3, after: $after) {
              totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type } } } } }
            """;
        var seen = new List<string>();
        string? after = null;
        int total;
        do
        {
            var relations = (await DataAsync(Query, new Dictionary<string, object?> { ["after"] = after })).GetProperty("entity").GetProperty("relations");
            total = relations.GetProperty("totalCount").GetInt32();
            seen.AddRange(relations.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            var info = relations.GetProperty("pageInfo");
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        total.Should().BeGreaterThan(3, "the seed facts give Putin several relations");
        seen.Should().HaveCount(total).And.OnlyHaveUniqueItems();

        // A cursor from the middle of a page resumes right after that edge.
        var first = (await DataAsync(Query, new Dictionary<string, object?> { ["after"] = null })).GetProperty("entity").GetProperty("relations").GetProperty("edges");
        var middle = first[0].GetProperty("cursor").GetString();
        var resumed = (await DataAsync(Query, new Dictionary<string, object?> { ["after"] = middle })).GetProperty("entity").GetProperty("relations").GetProperty("edges");
        resumed[0].GetProperty("node").GetProperty("id").GetString().Should().Be(seen[1]);
    }

    [Fact]
    public async Task A_cursor_this_API_did_not_give_out_is_a_clear_error()
    {
        var response = await server.PostAsync("""{ relations(after: "garbage!") { totalCount } }""");
        response.ErrorMessages.Single().Should().Be("'garbage!' is not a cursor this API gave out.");
        response.ErrorCodes.Single().Should().Be("BAD_USER_INPUT");
    }

    [Fact]
    public async Task Relations_carry_their_ends_cameo_code_and_evidence_with_its_article()
    {
        var data = await DataAsync("""
            { relations(types: ["CRITICIZED"], first: 5) { totalCount nodes {
                type cameo symmetric support confidence firstSeen lastSeen subject { name } object { name }
                evidence { id sentence sentenceIndex confidence extractedAt offsets { sentence { start end } } article { id key title } } } } }
            """);
        var nodes = data.GetProperty("relations").GetProperty("nodes").EnumerateArray().ToList();
        nodes.Should().NotBeEmpty();
        nodes.Should().OnlyContain(r => r.GetProperty("type").GetString() == "CRITICIZED" && r.GetProperty("cameo").GetString() == "11");
        var evidence = nodes[0].GetProperty("evidence")[0];
        evidence.GetProperty("sentence").GetString().Should().NotBeNullOrWhiteSpace();
        evidence.GetProperty("article").GetProperty("key").GetString().Should().StartWith("seed-");
    }

    [Fact]
    public async Task Unknown_relation_types_and_oversized_pages_are_refused_by_name()
    {
        var type = await server.PostAsync("""{ relations(types: ["HUGGED"]) { totalCount } }""");
        type.ErrorMessages.Single().Should().Contain("Unknown relation type \"HUGGED\"").And.Contain("MET");
        var page = await server.PostAsync("""{ relations(first: 1000) { totalCount } }""");
        page.ErrorCodes.Single().Should().Be("PAGE_SIZE_EXCEEDED");
    }

    [Fact]
    public async Task Entities_search_by_prefix_and_filter_by_type()
    {
        var data = await DataAsync("""{ entities(search: "puti", types: ["PERSON"]) { totalCount nodes { name type } } }""");
        data.GetProperty("entities").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()).Should().Contain("Vladimir Putin");
        var byName = await DataAsync("""{ entities(search: "p", orderBy: NAME, first: 50) { nodes { name } } }""");
        var names = byName.GetProperty("entities").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToList();
        names.Should().BeInAscendingOrder(StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Neighborhood_paths_and_timeline_walk_the_graph()
    {
        var data = await DataAsync("""
            { neighborhood(id: "person:vladimir-putin", hops: 2, limit: 30) { truncated nodes { name } edges { type subject { name } object { name } } }
              timeline(entity: "person:vladimir-putin") { sentence article { key publishedAt } } }
            """);
        var hood = data.GetProperty("neighborhood");
        hood.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()).Should().Contain("Vladimir Putin");
        hood.GetProperty("edges").GetArrayLength().Should().BeGreaterThan(0);
        data.GetProperty("timeline").GetArrayLength().Should().BeGreaterThan(0);

        var neighbour = hood.GetProperty("edges").EnumerateArray().First(e =>
            e.GetProperty("subject").GetProperty("name").GetString() == "Vladimir Putin" || e.GetProperty("object").GetProperty("name").GetString() == "Vladimir Putin");
        var other = neighbour.GetProperty("subject").GetProperty("name").GetString() == "Vladimir Putin"
            ? neighbour.GetProperty("object").GetProperty("name").GetString()
            : neighbour.GetProperty("subject").GetProperty("name").GetString();
        var to = (await DataAsync("query($n: String!) { entity(name: $n) { key } }", new Dictionary<string, object?> { ["n"] = other }))
            .GetProperty("entity").GetProperty("key").GetString();
        var paths = await DataAsync("query($to: ID!) { paths(from: \"person:vladimir-putin\", to: $to, maxHops: 2) { length nodes { name } } }", new Dictionary<string, object?> { ["to"] = to });
        paths.GetProperty("paths")[0].GetProperty("length").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Articles_stats_and_an_article_by_id()
    {
        var data = await DataAsync("""
            { stats { articles entities relations statements entitiesByType { type count } relationsByType { type count } }
              articles(first: 10) { totalCount nodes { id key contentHash ingestedAt } } }
            """);
        var stats = data.GetProperty("stats");
        stats.GetProperty("articles").GetInt32().Should().Be(data.GetProperty("articles").GetProperty("totalCount").GetInt32());
        stats.GetProperty("entitiesByType").EnumerateArray().Sum(t => t.GetProperty("count").GetInt32()).Should().Be(stats.GetProperty("entities").GetInt32());
        var article = data.GetProperty("articles").GetProperty("nodes")[0];
        article.GetProperty("contentHash").GetString().Should().NotBeNullOrEmpty();
        var byId = await DataAsync("query($id: ID!) { article(id: $id) { key } }", new Dictionary<string, object?> { ["id"] = article.GetProperty("id").GetString() });
        byId.GetProperty("article").GetProperty("key").GetString().Should().Be(article.GetProperty("key").GetString());
    }
}
