using System.Text.Json;
using Graph.Api.Events;
using Graph.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>graphql-transport-ws on the real server: the happy path and every close code the protocol names.</summary>
public sealed class SubscriptionTests
{
    private static object Subscribe(string id, string query, object? variables = null) =>
        new { id, type = "subscribe", payload = new { query, variables } };

    private static async Task WaitForSubscribersAsync(TestGraphServer server, int count)
    {
        var events = server.Server.App.Services.GetRequiredService<IngestionEvents>();
        for (var i = 0; i < 800 && events.SubscriberCount != count; i++) await Task.Delay(25);
        events.SubscriberCount.Should().Be(count);
    }

    [Fact]
    public async Task A_mutation_raises_an_event_that_a_subscriber_receives_until_it_completes()
    {
        await using var server = await TestGraphServer.StartAsync();
        await using var client = await GraphQLWsClient.ConnectAsync(server.Endpoint);
        client.Socket.SubProtocol.Should().Be("graphql-transport-ws");
        await client.InitAsync();
        await client.SendAsync(Subscribe("s1", "subscription { ingestionEvents(kinds: [ALIAS_ADDED]) { kind entityId message at } }"));
        await WaitForSubscribersAsync(server, 1);

        var mutation = await server.PostAsync("""mutation { addAlias(entity: "person:vladimir-putin", alias: "VVP") { name } }""", apiKey: TestGraphServer.ApiKey);
        mutation.Status.Should().Be(200);

        var next = (await client.ReceiveAsync())!.Value;
        next.GetProperty("type").GetString().Should().Be("next");
        next.GetProperty("id").GetString().Should().Be("s1");
        var payload = next.GetProperty("payload").GetProperty("data").GetProperty("ingestionEvents");
        payload.GetProperty("kind").GetString().Should().Be("ALIAS_ADDED");
        payload.GetProperty("entityId").GetString().Should().Be("person:vladimir-putin");
        payload.GetProperty("message").GetString().Should().Be("VVP");

        await client.SendAsync(new { id = "s1", type = "complete" });
        await WaitForSubscribersAsync(server, 0);
        await client.SendAsync(new { type = "ping" });
        (await client.ReceiveAsync())!.Value.GetProperty("type").GetString().Should().Be("pong", "nothing more comes for the completed subscription");
    }

    [Fact]
    public async Task Queries_answer_once_and_complete_and_mutations_need_the_key()
    {
        await using var server = await TestGraphServer.StartAsync();
        await using var client = await GraphQLWsClient.ConnectAsync(server.Endpoint);
        await client.InitAsync();
        await client.SendAsync(Subscribe("q", "{ entity(name: \"Putin\") { name } }"));
        var next = (await client.ReceiveAsync())!.Value;
        next.GetProperty("payload").GetProperty("data").GetProperty("entity").GetProperty("name").GetString().Should().Be("Vladimir Putin");
        (await client.ReceiveAsync())!.Value.GetProperty("type").GetString().Should().Be("complete");

        await client.SendAsync(Subscribe("m", "mutation { addAlias(entity: \"person:vladimir-putin\", alias: \"X\") { name } }"));
        var refused = (await client.ReceiveAsync())!.Value;
        refused.GetProperty("type").GetString().Should().Be("error");
        refused.GetProperty("payload")[0].GetProperty("message").GetString().Should().Contain("API key");

        await using var keyed = await GraphQLWsClient.ConnectAsync(server.Endpoint);
        await keyed.InitAsync(new { apiKey = TestGraphServer.ApiKey });
        await keyed.SendAsync(Subscribe("m", "mutation { addAlias(entity: \"person:vladimir-putin\", alias: \"X\") { aliases } }"));
        (await keyed.ReceiveAsync())!.Value.GetProperty("type").GetString().Should().Be("next");
    }

    [Fact]
    public async Task An_invalid_document_gets_an_error_message_with_the_graphql_errors()
    {
        await using var server = await TestGraphServer.StartAsync();
        await using var client = await GraphQLWsClient.ConnectAsync(server.Endpoint);
        await client.InitAsync();
        await client.SendAsync(Subscribe("bad", "subscription { noSuchField }"));
        var error = (await client.ReceiveAsync())!.Value;
        error.GetProperty("type").GetString().Should().Be("error");
        error.GetProperty("id").GetString().Should().Be("bad");
        error.GetProperty("payload").ValueKind.Should().Be(JsonValueKind.Array);
        error.GetProperty("payload")[0].GetProperty("message").GetString().Should().Contain("noSuchField");
    }

    [Fact]
    public async Task Subscribing_before_connection_init_closes_with_4401()
    {
        await using var server = await TestGraphServer.StartAsync();
        await using var client = await GraphQLWsClient.ConnectAsync(server.Endpoint);
        await client.SendAsync(Subscribe("s", "subscription { ingestionEvents { kind } }"));
        (await client.ClosedWithAsync()).Should().Be(4401);
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        await using var server = await TestGraphServer.StartAsync();
        await using var client = await GraphQLWsClient.ConnectAsync(server.Endpoint);
        await client.InitAsync();
        await client.SendAsync(new { type = "connection_init" });
        (await client.ClosedWithAsync()).Should().Be(4429);
    }

    [Fact]
    public async Task A_second_subscriber_with_the_same_id_closes_with_4409()
    {
        await using var server = await TestGraphServer.StartAsync();
        await using var client = await GraphQLWsClient.ConnectAsync(server.Endpoint);
        await client.InitAsync();
        await client.SendAsync(Subscribe("same", "subscription { ingestionEvents { kind } }"));
        await WaitForSubscribersAsync(server, 1);
        await client.SendAsync(Subscribe("same", "subscription { ingestionEvents { kind } }"));
        (await client.ClosedWithAsync()).Should().Be(4409);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"type\": \"shout\"}")]
    [InlineData("{\"payload\": {}}")]
    public async Task An_invalid_message_closes_with_4400(string message)
    {
        await using var server = await TestGraphServer.StartAsync();
        await using var client = await GraphQLWsClient.ConnectAsync(server.Endpoint);
        await client.InitAsync();
        await client.SendTextAsync(message);
        (await client.ClosedWithAsync()).Should().Be(4400);
    }

    [Fact]
    public async Task No_connection_init_within_the_timeout_closes_with_4408()
    {
        await using var server = await TestGraphServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:ConnectionInitTimeoutSeconds"] = "0.3" });
        await using var client = await GraphQLWsClient.ConnectAsync(server.Endpoint);
        (await client.ClosedWithAsync()).Should().Be(4408);
    }

    [Fact]
    public async Task Where_queries_need_a_key_a_connection_without_one_closes_with_4403()
    {
        await using var server = await TestGraphServer.StartAsync(new Dictionary<string, string?> { ["GraphQL:RequireKeyForQueries"] = "true" });
        await using var refused = await GraphQLWsClient.ConnectAsync(server.Endpoint);
        await refused.SendAsync(new { type = "connection_init" });
        (await refused.ClosedWithAsync()).Should().Be(4403);

        await using var allowed = await GraphQLWsClient.ConnectAsync(server.Endpoint);
        await allowed.InitAsync(new { Authorization = "Bearer " + TestGraphServer.ApiKey });
    }

    [Fact]
    public async Task A_client_without_the_subprotocol_is_closed_with_4406()
    {
        await using var server = await TestGraphServer.StartAsync();
        await using var client = await GraphQLWsClient.ConnectAsync(server.Endpoint, subProtocol: null);
        (await client.ClosedWithAsync()).Should().Be(4406);
    }
}
