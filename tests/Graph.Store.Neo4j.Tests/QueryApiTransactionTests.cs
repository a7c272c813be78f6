using Graph.Store.Neo4j.Cypher;
using Graph.Store.Neo4j.Http;
using Graph.Store.Neo4j.Tests.TestDoubles;

namespace Graph.Store.Neo4j.Tests;

/// <summary>Explicit transactions: begin, statements, commit; rollback on failure; a transient failure retries the whole unit.</summary>
public sealed class QueryApiTransactionTests : IDisposable
{
    private static readonly CypherStatement First = new("writes/first", "CREATE (:Test {n: $n})");
    private static readonly CypherStatement Second = new("writes/second", "MATCH (t:Test) RETURN count(t) AS c");

    private readonly QueryApiTestDouble server = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task A_unit_begins_runs_its_statements_and_commits_replaying_the_affinity_header()
    {
        var affinity = QueryApiAnswers.Affinity("MTAuOC41Ljc6MTc0NzQ=");
        server.Answer(202, QueryApiAnswers.InTransaction("lyU"), affinity)
              .Answer(202, QueryApiAnswers.InTransaction("lyU"), affinity)
              .Answer(202, QueryApiAnswers.InTransaction("lyU", """{"fields":["c"],"values":[[{"$type":"Integer","_value":"1"}]]}"""), affinity)
              .Answer(202, QueryApiAnswers.Committed, affinity);
        using var client = new QueryApiClient(TestOptions.For(server.BaseUri));

        var count = await client.InTransactionAsync(async (tx, ct) =>
        {
            await tx.RunAsync(First, new Dictionary<string, object?> { ["n"] = 1 }, ct);
            return (await tx.RunAsync(Second, cancellationToken: ct)).Single().GetInt64("c");
        });

        count.Should().Be(1);
        server.Requests.Select(r => $"{r.Method} {r.Path}").Should().Equal(
            "POST /db/neo4j/query/v2/tx",
            "POST /db/neo4j/query/v2/tx/lyU",
            "POST /db/neo4j/query/v2/tx/lyU",
            "POST /db/neo4j/query/v2/tx/lyU/commit");
        server.Requests.Skip(1).Should().OnlyContain(r => r.Header("neo4j-cluster-affinity") == "MTAuOC41Ljc6MTc0NzQ=");
        server.Requests[0].Header("neo4j-cluster-affinity").Should().BeNull();
        server.Requests.Should().OnlyContain(r => r.Header("Authorization") != null);
    }

    [Fact]
    public async Task A_failing_statement_rolls_the_transaction_back_and_never_commits()
    {
        server.Answer(202, QueryApiAnswers.InTransaction("tx1"))
              .Answer(202, QueryApiAnswers.Error("Neo.ClientError.Schema.ConstraintValidationFailed", "Node(0) already exists with label `Entity` and property `id` = 'x'"))
              .Answer(202, QueryApiAnswers.Error("Neo.ClientError.Request.Invalid", "Transaction with Id: \"tx1\" was not found."));
        using var client = new QueryApiClient(TestOptions.For(server.BaseUri));

        var act = () => client.InTransactionAsync(async (tx, ct) =>
        {
            await tx.RunAsync(First, cancellationToken: ct);
            await tx.RunAsync(Second, cancellationToken: ct);
            return 0;
        });

        (await act.Should().ThrowAsync<Neo4jException>()).Which.Code.Should().Be("Neo.ClientError.Schema.ConstraintValidationFailed");
        server.Requests.Select(r => $"{r.Method} {r.Path}").Should().Equal(
            "POST /db/neo4j/query/v2/tx",
            "POST /db/neo4j/query/v2/tx/tx1",
            "DELETE /db/neo4j/query/v2/tx/tx1");
    }

    [Fact]
    public async Task An_exception_in_the_callers_work_rolls_back()
    {
        server.Answer(202, QueryApiAnswers.InTransaction("tx2")).Answer(202, QueryApiAnswers.Committed);
        using var client = new QueryApiClient(TestOptions.For(server.BaseUri));

        var act = () => client.InTransactionAsync<int>((_, _) => throw new InvalidFactsException("a1", ["bad"]));

        await act.Should().ThrowAsync<InvalidFactsException>();
        server.Requests.Select(r => $"{r.Method} {r.Path}").Should().Equal("POST /db/neo4j/query/v2/tx", "DELETE /db/neo4j/query/v2/tx/tx2");
    }

    [Fact]
    public async Task A_transient_failure_inside_a_transaction_retries_the_whole_unit_from_begin()
    {
        server.Answer(202, QueryApiAnswers.InTransaction("a"))
              .Answer(202, QueryApiAnswers.Error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"))
              .Answer(202, QueryApiAnswers.Error("Neo.ClientError.Request.Invalid", "Transaction with Id: \"a\" was not found."))
              .Answer(202, QueryApiAnswers.InTransaction("b"))
              .Answer(202, QueryApiAnswers.InTransaction("b"))
              .Answer(202, QueryApiAnswers.Committed);
        using var client = new QueryApiClient(TestOptions.For(server.BaseUri));
        var runs = 0;

        await client.InTransactionAsync(async (tx, ct) =>
        {
            runs++;
            await tx.RunAsync(First, cancellationToken: ct);
            return 0;
        });

        runs.Should().Be(2);
        server.Requests.Select(r => $"{r.Method} {r.Path}").Should().Equal(
            "POST /db/neo4j/query/v2/tx",
            "POST /db/neo4j/query/v2/tx/a",
            "DELETE /db/neo4j/query/v2/tx/a",
            "POST /db/neo4j/query/v2/tx",
            "POST /db/neo4j/query/v2/tx/b",
            "POST /db/neo4j/query/v2/tx/b/commit");
    }

    [Fact]
    public async Task A_begin_answer_without_a_transaction_id_is_an_error()
    {
        server.Answer(202, QueryApiAnswers.Empty);
        using var client = new QueryApiClient(TestOptions.For(server.BaseUri));

        var act = () => client.BeginTransactionAsync();

        (await act.Should().ThrowAsync<Neo4jException>()).Which.Message.Should().Contain("transaction.id");
    }
}
