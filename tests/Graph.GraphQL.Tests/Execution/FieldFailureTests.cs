using System.Collections.Concurrent;
using Graph.GraphQL.Execution;

namespace Graph.GraphQL.Tests.Execution;

/// <summary>Server-side faults reach the request's failure hook with their detail, while the client keeps only a safe message.</summary>
public class FieldFailureTests
{
    private readonly TestApi _api = new();

    private async Task<(ExecutionResult Result, List<FieldFailure> Failures)> Run(string query)
    {
        var failures = new ConcurrentQueue<FieldFailure>();
        var engine = new GraphQLEngine(_api.Schema);
        var result = await engine.ExecuteAsync(new GraphQLRequest { Query = query, OnFieldFailure = failures.Enqueue });
        return (result, [.. failures]);
    }

    [Fact]
    public async Task A_resolver_exception_is_reported_with_its_field_path_and_operation()
    {
        var (result, failures) = await Run("query Named { number failing }");
        result.Errors.Single().Message.Should().Be("Unexpected error.");
        var failure = failures.Should().ContainSingle().Subject;
        failure.Exception.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Be("secret internal detail");
        failure.Coordinate.Should().Be("Query.failing");
        failure.Path.Should().Be("failing");
        failure.OperationName.Should().Be("Named");
    }

    [Fact]
    public async Task Failures_inside_lists_are_reported_with_their_index()
    {
        var (_, failures) = await Run("{ users { id failingFriend { id } } }");
        failures.Select(f => f.Path).Should().Contain("users.0.failingFriend");
        failures.Should().OnlyContain(f => f.Coordinate == "User.failingFriend" && f.OperationName == null);
    }

    [Fact]
    public async Task Errors_meant_for_the_client_are_not_reported()
    {
        var (result, failures) = await Run("{ userError }");
        result.Errors.Single().Code.Should().Be("FORBIDDEN");
        failures.Should().BeEmpty();
    }
}
