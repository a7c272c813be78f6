using System.Net.Http.Headers;
using Graph.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Api.Tests;

/// <summary>API keys: mutations always need one; queries only when configured so; internal errors never reach a client.</summary>
public sealed class AuthTests
{
    private const string AddAlias = """mutation { addAlias(entity: "person:vladimir-putin", alias: "VVP") { name aliases } }""";

    [Fact]
    public async Task A_mutation_without_a_key_is_401_and_changes_nothing()
    {
        await using var server = await TestGraphServer.StartAsync();
        var response = await server.PostAsync(AddAlias);
        response.Status.Should().Be(401);
        response.Headers["WWW-Authenticate"].Should().Be("Bearer");
        response.ErrorMessages.Single().Should().Contain("X-Api-Key");
        response.HasData.Should().BeFalse();
        server.Store.Calls.Should().NotContainKey("AddAliasAsync");
    }

    [Fact]
    public async Task A_mutation_with_a_wrong_key_is_401()
    {
        await using var server = await TestGraphServer.StartAsync();
        var response = await server.PostAsync(AddAlias, apiKey: TestGraphServer.ApiKey + "x");
        response.Status.Should().Be(401);
        response.ErrorMessages.Single().Should().Be("The API key is not valid.");
    }

    [Fact]
    public async Task A_mutation_with_the_key_in_X_Api_Key_or_as_a_bearer_token_runs()
    {
        await using var server = await TestGraphServer.StartAsync();
        var byHeader = await server.PostAsync(AddAlias, apiKey: TestGraphServer.ApiKey);
        byHeader.Status.Should().Be(200);
        byHeader.Data.GetProperty("addAlias").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should().Contain("VVP");

        using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint)
        {
            Content = new StringContent("""{"query":"mutation { addAlias(entity: \"person:vladimir-putin\", alias: \"V. Putin\") { name } }"}""", new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestGraphServer.ApiKey);
        using var response = await server.Http.SendAsync(request);
        ((int)response.StatusCode).Should().Be(200);
    }

    [Fact]
    public async Task Without_configured_keys_mutations_are_403()
    {
        await using var server = await TestGraphServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:ApiKeys:0"] = "" });
        var response = await server.PostAsync(AddAlias, apiKey: "anything");
        response.Status.Should().Be(403);
        response.ErrorMessages.Single().Should().Contain("none configured");
    }

    [Fact]
    public async Task Queries_are_open_by_default_and_keyed_when_configured()
    {
        await using (var open = await TestGraphServer.StartAsync())
        {
            (await open.PostAsync("{ stats { articles } }")).Status.Should().Be(200);
        }

        await using var keyed = await TestGraphServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:RequireKeyForQueries"] = "true" });
        (await keyed.PostAsync("{ stats { articles } }")).Status.Should().Be(401);
        var withKey = await keyed.PostAsync("{ stats { articles } }", apiKey: TestGraphServer.ApiKey);
        withKey.Status.Should().Be(200);
        withKey.Data.GetProperty("stats").GetProperty("articles").GetInt32().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task A_resolver_that_throws_shows_the_client_no_message_and_no_stack_trace()
    {
        await using var server = await TestGraphServer.StartAsync(configure: b => b.DecorateStore = store => new FailingGraphStore(store));
        var response = await server.PostAsync("{ stats { articles } }");
        response.Status.Should().Be(200, "the operation ran; its non-null root field failed");
        response.Data.ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        response.ErrorMessages.Single().Should().Be("Unexpected error.");
        response.ErrorCodes.Single().Should().Be("INTERNAL_SERVER_ERROR");
        response.Text.Should().NotContain("secret-internal-detail").And.NotContain("InvalidOperationException").And.NotContain(" at ");
    }

    [Fact]
    public async Task A_resolver_that_throws_is_logged_on_the_server_with_its_field_and_path()
    {
        var log = new CapturingLoggerProvider();
        await using var server = await TestGraphServer.StartAsync(configure: b =>
        {
            b.DecorateStore = store => new FailingGraphStore(store);
            b.Services.AddSingleton<ILoggerProvider>(log);
        });
        (await server.PostAsync("query Counts { stats { articles } }")).ErrorMessages.Single().Should().Be("Unexpected error.");

        var entry = log.Entries.Should().ContainSingle(e => e.Category == "Graph.GraphQL.Http" && e.Level == LogLevel.Error).Subject;
        entry.Message.Should().Contain("Query.stats").And.Contain("path stats").And.Contain("Counts");
        entry.Exception.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Be(FailingGraphStore.Secret);
    }
}
