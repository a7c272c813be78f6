using System.Text.Json;
using Graph.Api.Tests.Support;
using Graph.Core.Names;

namespace Graph.Api.Tests;

/// <summary><c>entities</c> without a search, and with one in an order other than relevance: served by the store, paged to the end.</summary>
[Collection(SeededServerCollection.Name)]
public sealed class EntityListingTests(SeededServer fixture)
{
    private const string Page = """
        query($search: String, $types: [String!], $order: EntityOrder, $first: Int, $after: String) {
          entities(search: $search, types: $types, orderBy: $order, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } edges { cursor node { key name type mentionCount } } } }
        """;

    private readonly TestGraphServer server = fixture.Server;

    private sealed record Listed(string Key, string Name, string Type, int Mentions, string Cursor);

    private async Task<JsonElement> EntitiesAsync(Dictionary<string, object?> variables)
    {
        var response = await server.PostAsync(Page, variables);
        response.Errors.Should().BeEmpty(response.Text);
        return response.Data.GetProperty("entities");
    }

    /// <summary>Every page from the start, <paramref name="first"/> at a time; the total must be the same on every page and equal what was read.</summary>
    private async Task<List<Listed>> AllPagesAsync(Dictionary<string, object?> variables, int first)
    {
        var all = new List<Listed>();
        string? after = null;
        int? total = null;
        for (var pages = 0; pages < 500; pages++)
        {
            var page = await EntitiesAsync(new Dictionary<string, object?>(variables) { ["first"] = first, ["after"] = after });
            total ??= page.GetProperty("totalCount").GetInt32();
            page.GetProperty("totalCount").GetInt32().Should().Be(total);
            all.AddRange(page.GetProperty("edges").EnumerateArray().Select(e =>
            {
                var n = e.GetProperty("node");
                return new Listed(n.GetProperty("key").GetString()!, n.GetProperty("name").GetString()!, n.GetProperty("type").GetString()!, n.GetProperty("mentionCount").GetInt32(), e.GetProperty("cursor").GetString()!);
            }));
            var info = page.GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                all.Should().HaveCount(total!.Value, "the pages together hold every entity the total counts");
                all.Select(e => e.Key).Should().OnlyHaveUniqueItems();
                return all;
            }

            after = info.GetProperty("endCursor").GetString();
        }

        throw new InvalidOperationException("paging did not end");
    }

    [Fact]
    public async Task All_persons_page_by_mentions_to_the_end_without_a_search()
    {
        var persons = await AllPagesAsync(new() { ["types"] = new[] { "PERSON" }, ["order"] = "MENTIONS" }, first: 7);

        var stats = (await server.PostAsync("{ stats { entitiesByType { type count } } }")).Data.GetProperty("stats").GetProperty("entitiesByType");
        var expected = stats.EnumerateArray().Single(t => t.GetProperty("type").GetString() == "PERSON").GetProperty("count").GetInt32();
        persons.Should().HaveCount(expected).And.HaveCountGreaterThan(7, "the seed facts hold several pages of persons");
        persons.Should().OnlyContain(e => e.Type == "PERSON");
        persons.Should().BeInDescendingOrder(e => e.Mentions);
        persons.Should().Equal(persons.OrderByDescending(e => e.Mentions).ThenBy(e => e.Key, StringComparer.Ordinal), "ties go by key");
    }

    [Fact]
    public async Task Without_a_search_relevance_falls_back_to_most_mentioned_first()
    {
        var byDefault = await EntitiesAsync(new() { ["first"] = 15 });
        var byMentions = await EntitiesAsync(new() { ["first"] = 15, ["order"] = "MENTIONS" });

        byDefault.GetProperty("totalCount").GetInt32().Should().BeGreaterThan(15);
        Keys(byDefault).Should().Equal(Keys(byMentions));
    }

    [Fact]
    public async Task A_search_ordered_by_name_pages_through_every_match()
    {
        var matches = await AllPagesAsync(new() { ["search"] = "a", ["order"] = "NAME" }, first: 6);
        var ranked = await EntitiesAsync(new() { ["search"] = "a", ["first"] = 1 });

        matches.Should().HaveCount(ranked.GetProperty("totalCount").GetInt32(), "every match, not only the best ranked");
        matches.Should().HaveCountGreaterThan(6);
        matches.Should().Equal(matches.OrderBy(e => NameKey.Of(e.Name), StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Any_edge_cursor_resumes_right_after_its_entity()
    {
        var first = (await EntitiesAsync(new() { ["order"] = "NAME", ["first"] = 10 })).GetProperty("edges").EnumerateArray().ToList();
        var middle = first[3].GetProperty("cursor").GetString();

        var resumed = await EntitiesAsync(new() { ["order"] = "NAME", ["first"] = 4, ["after"] = middle });

        Keys(resumed).Should().Equal(first.Skip(4).Take(4).Select(e => e.GetProperty("node").GetProperty("key").GetString()));
    }

    [Fact]
    public async Task A_cursor_of_another_order_is_a_clear_error()
    {
        var byName = await EntitiesAsync(new() { ["order"] = "NAME", ["first"] = 2 });
        var cursor = byName.GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var response = await server.PostAsync(Page, new Dictionary<string, object?> { ["order"] = "MENTIONS", ["after"] = cursor });

        response.ErrorCodes.Should().Equal("BAD_USER_INPUT");
        response.ErrorMessages.Single().Should().Contain(cursor);
    }

    [Fact]
    public async Task A_page_in_any_order_is_one_store_call_with_no_sorting_in_the_api()
    {
        foreach (var order in new[] { "NAME", "MENTIONS" })
        {
            server.Store.Reset();
            var page = await EntitiesAsync(new() { ["order"] = order, ["first"] = 50 });
            page.GetProperty("edges").GetArrayLength().Should().Be(Math.Min(50, page.GetProperty("totalCount").GetInt32()));
            server.Store.Calls.Should().BeEquivalentTo(new Dictionary<string, int> { ["ListEntitiesAsync"] = 1 });
        }
    }

    private static IEnumerable<string?> Keys(JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("key").GetString());
}
