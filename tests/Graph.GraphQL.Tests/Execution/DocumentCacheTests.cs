using Graph.GraphQL.Execution;

namespace Graph.GraphQL.Tests.Execution;

public class DocumentCacheTests
{
    private readonly TestApi _api = new();

    [Fact]
    public async Task A_repeated_document_is_parsed_and_validated_once()
    {
        var engine = new GraphQLEngine(_api.Schema);
        for (var i = 0; i < 5; i++) (await engine.ExecuteAsync(new GraphQLRequest { Query = "{ number }" })).Errors.Should().BeEmpty();
        (await engine.ExecuteAsync(new GraphQLRequest { Query = "{ nope }" })).Errors.Should().ContainSingle();
        (await engine.ExecuteAsync(new GraphQLRequest { Query = "{ nope }" })).Errors.Should().ContainSingle();
        engine.PreparedCount.Should().Be(2);
        engine.Cache.Count.Should().Be(2);
    }

    [Fact]
    public async Task The_cache_stays_within_its_capacity()
    {
        var engine = new GraphQLEngine(_api.Schema, new GraphQLEngineOptions { DocumentCacheSize = 20 });
        for (var i = 0; i < 100; i++) await engine.ExecuteAsync(new GraphQLRequest { Query = $"{{ n{i}: number }}" });
        engine.Cache.Count.Should().BeLessThanOrEqualTo(20);
        engine.PreparedCount.Should().Be(100);
    }

    [Fact]
    public async Task Recently_used_documents_survive_trimming()
    {
        var engine = new GraphQLEngine(_api.Schema, new GraphQLEngineOptions { DocumentCacheSize = 10 });
        for (var i = 0; i < 50; i++)
        {
            await engine.ExecuteAsync(new GraphQLRequest { Query = "{ hot: number }" });
            await engine.ExecuteAsync(new GraphQLRequest { Query = $"{{ n{i}: number }}" });
        }
        var before = engine.PreparedCount;
        await engine.ExecuteAsync(new GraphQLRequest { Query = "{ hot: number }" });
        engine.PreparedCount.Should().Be(before);
    }
}
