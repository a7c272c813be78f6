using Graph.GraphQL.Execution;

namespace Graph.GraphQL.Tests.Execution;

/// <summary>The per-document plan is reused across requests; it must never carry one request's variables into another.</summary>
public class ExecutionPlanTests
{
    private readonly TestApi _api = new();

    [Fact]
    public async Task Skip_and_include_with_variables_are_evaluated_per_request()
    {
        var engine = new GraphQLEngine(_api.Schema);
        const string query = "query ($s: Boolean!) { number @skip(if: $s) hello }";
        (await engine.ExecuteAsync(new GraphQLRequest { Query = query, Variables = new Dictionary<string, object?> { ["s"] = true } })).ToJson()
            .Should().Be("""{"data":{"hello":"Hello, world!"}}""");
        (await engine.ExecuteAsync(new GraphQLRequest { Query = query, Variables = new Dictionary<string, object?> { ["s"] = false } })).ToJson()
            .Should().Be("""{"data":{"number":42,"hello":"Hello, world!"}}""");
    }

    [Fact]
    public async Task Arguments_from_variables_are_coerced_per_request()
    {
        var engine = new GraphQLEngine(_api.Schema);
        const string query = "query ($n: String) { hello(name: $n) fixed: hello(name: \"x\") }";
        (await engine.ExecuteAsync(new GraphQLRequest { Query = query, Variables = new Dictionary<string, object?> { ["n"] = "a" } })).ToJson()
            .Should().Be("""{"data":{"hello":"Hello, a!","fixed":"Hello, x!"}}""");
        (await engine.ExecuteAsync(new GraphQLRequest { Query = query, Variables = new Dictionary<string, object?> { ["n"] = "b" } })).ToJson()
            .Should().Be("""{"data":{"hello":"Hello, b!","fixed":"Hello, x!"}}""");
    }

    [Fact]
    public async Task Concurrent_requests_on_one_document_agree()
    {
        var engine = new GraphQLEngine(_api.Schema);
        const string query = "query ($id: ID!) { user(id: $id) { name friends { name } } }";
        var tasks = Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            engine.ExecuteAsync(new GraphQLRequest { Query = query, Variables = new Dictionary<string, object?> { ["id"] = (i % 3 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) } })));
        var results = await Task.WhenAll(tasks);
        for (var i = 0; i < results.Length; i++)
        {
            var expected = TestApi.Users[(i % 3 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)].Name;
            ((ResultMap)results[i].Data!["user"]!)["name"].Should().Be(expected);
        }
        engine.PreparedCount.Should().BeLessThanOrEqualTo(2, "the document is prepared once (a race may prepare it twice)");
    }
}
