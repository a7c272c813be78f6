using Graph.GraphQL.Execution;
using Graph.GraphQL.Protection;

namespace Graph.GraphQL.Tests.Execution;

public class SubscriptionTests
{
    private readonly TestApi _api = new();

    private GraphQLEngine Engine() => new(_api.Schema, new GraphQLEngineOptions { Protection = ProtectionOptions.None });

    [Fact]
    public async Task Each_source_event_becomes_a_response()
    {
        var subscription = await Engine().SubscribeAsync(new GraphQLRequest { Query = "subscription { ticks(count: 3) }" });
        subscription.Error.Should().BeNull();
        var responses = new List<string>();
        await foreach (var response in subscription.Stream!) responses.Add(response.ToJson());
        responses.Should().Equal("""{"data":{"ticks":1}}""", """{"data":{"ticks":2}}""", """{"data":{"ticks":3}}""");
    }

    [Fact]
    public async Task Events_are_executed_with_the_event_as_root_value()
    {
        var subscription = await Engine().SubscribeAsync(new GraphQLRequest { Query = "subscription { user: tickObjects { name friends { name } } }" });
        var first = await subscription.Stream!.FirstAsync();
        first.ToJson().Should().Be("""{"data":{"user":{"name":"Ada","friends":[{"name":"Grace"},{"name":"Alan"}]}}}""");
    }

    [Fact]
    public async Task Invalid_subscriptions_do_not_start()
    {
        var subscription = await Engine().SubscribeAsync(new GraphQLRequest { Query = "subscription { ticks(count: 1) tickObjects { name } }" });
        subscription.Stream.Should().BeNull();
        subscription.Error!.Errors.Should().ContainSingle().Which.Message.Should().Be("Anonymous Subscription must select only one top level field.");
    }

    [Fact]
    public async Task Queries_are_not_subscriptions_and_subscriptions_are_not_queries()
    {
        var engine = Engine();
        (await engine.SubscribeAsync(new GraphQLRequest { Query = "{ number }" })).Error.Should().NotBeNull();
        (await engine.ExecuteAsync(new GraphQLRequest { Query = "subscription { ticks(count: 1) }" })).Errors.Should().ContainSingle();
    }
}
