using System.Net;
using Graph.Store.Neo4j.Cypher;
using Graph.Store.Neo4j.Http;
using Graph.Store.Neo4j.Tests.TestDoubles;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Graph.Store.Neo4j.Tests;

/// <summary>Error mapping and retry decisions, against the Query API test double.</summary>
public sealed class QueryApiErrorTests : IDisposable
{
    private static readonly CypherStatement Statement = new("queries/test", "RETURN $x AS x");

    private readonly QueryApiTestDouble server = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task A_syntax_error_in_a_202_answer_is_raised_with_its_code_and_not_retried()
    {
        server.Answer(202, QueryApiAnswers.Error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'T': expected <init> (line 1, column 1 (offset: 0))"));
        using var client = new QueryApiClient(TestOptions.For(server.BaseUri));

        var act = () => client.RunAsync(Statement);

        var error = (await act.Should().ThrowAsync<Neo4jException>()).Which;
        error.Code.Should().Be("Neo.ClientError.Statement.SyntaxError");
        error.HttpStatus.Should().Be(HttpStatusCode.Accepted);
        error.IsTransient.Should().BeFalse();
        error.Message.Should().Contain("Neo.ClientError.Statement.SyntaxError").And.Contain("Invalid input 'T'").And.Contain("queries/test");
        server.Requests.Should().HaveCount(1, "a client error is never retried");
    }

    [Theory]
    [InlineData(400, "Neo.ClientError.Statement.ParameterMissing", "Expected parameter(s): x")]
    [InlineData(403, "Neo.ClientError.Security.Forbidden", "Write operations are not allowed for user 'reader'.")]
    [InlineData(404, "Neo.ClientError.Database.DatabaseNotFound", "Graph not found: news")]
    public async Task Client_errors_with_a_4xx_status_are_not_retried(int status, string code, string message)
    {
        server.Answer(status, QueryApiAnswers.Error(code, message));
        using var client = new QueryApiClient(TestOptions.For(server.BaseUri));

        var act = () => client.RunAsync(Statement);

        var error = (await act.Should().ThrowAsync<Neo4jException>()).Which;
        error.Code.Should().Be(code);
        error.HttpStatus.Should().Be((HttpStatusCode)status);
        error.Message.Should().Contain(message);
        server.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Bad_credentials_give_neo4js_401_error_and_the_password_appears_nowhere()
    {
        server.Answer(401, QueryApiAnswers.Error("Neo.ClientError.Security.Unauthorized", "Invalid username or password."));
        using var client = new QueryApiClient(TestOptions.For(server.BaseUri));

        var act = () => client.RunAsync(Statement);

        var error = (await act.Should().ThrowAsync<Neo4jException>()).Which;
        error.Code.Should().Be("Neo.ClientError.Security.Unauthorized");
        error.HttpStatus.Should().Be(HttpStatusCode.Unauthorized);
        error.Message.Should().Contain("Invalid username or password.");
        ShouldNotLeakSecret(error);
        server.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task A_transient_error_is_retried_with_growing_backoff_until_it_succeeds()
    {
        server.Answer(202, QueryApiAnswers.Error("Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[1] can't acquire ExclusiveLock"))
              .Answer(202, QueryApiAnswers.Error("Neo.TransientError.General.DatabaseUnavailable", "The database is not currently available to serve your request"))
              .Answer(202, QueryApiAnswers.Strings("x", "done"));
        using var client = new QueryApiClient(TestOptions.For(server.BaseUri, maxRetries: 3));
        var notices = new List<RetryNotice>();
        client.Retrying += notices.Add;

        var result = await client.RunAsync(Statement);

        result.Single().GetString("x").Should().Be("done");
        server.Requests.Should().HaveCount(3);
        server.Requests.Select(r => r.Body).Distinct().Should().HaveCount(1, "the same statement is sent again");
        notices.Select(n => n.Attempt).Should().Equal(0, 1);
        notices.Should().OnlyContain(n => n.Delay > TimeSpan.Zero);
        notices.Select(n => ((Neo4jException)n.Reason!).Code).Should().Equal(
            "Neo.TransientError.Transaction.DeadlockDetected", "Neo.TransientError.General.DatabaseUnavailable");
    }

    [Fact]
    public async Task The_backoff_is_exponential_with_jitter()
    {
        // Five failures in a row: with a 20 ms base the expected delays double each time (Polly's decorrelated jitter
        // keeps the mean on that curve); the sum of the last two exceeds the sum of the first two by far.
        server.Fallback = new ScriptedAnswer(503, null);
        using var client = new QueryApiClient(TestOptions.For(server.BaseUri, maxRetries: 5) with { RetryBaseDelay = TimeSpan.FromMilliseconds(20) });
        var notices = new List<RetryNotice>();
        client.Retrying += notices.Add;

        var act = () => client.RunAsync(Statement);

        await act.Should().ThrowAsync<StoreUnavailableException>();
        notices.Should().HaveCount(5);
        var delays = notices.Select(n => n.Delay.TotalMilliseconds).ToList();
        (delays[3] + delays[4]).Should().BeGreaterThan(delays[0] + delays[1]);
        delays.Distinct().Should().HaveCountGreaterThan(1, "jitter varies the delays");
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_gateway_failure_is_retried_and_then_surfaces_as_store_unavailable(int status)
    {
        server.Fallback = new ScriptedAnswer(status, "<html><body>upstream down</body></html>");
        using var client = new QueryApiClient(TestOptions.For(server.BaseUri, maxRetries: 2));

        var act = () => client.RunAsync(Statement);

        var error = (await act.Should().ThrowAsync<StoreUnavailableException>()).Which;
        error.InnerException.Should().BeOfType<Neo4jException>().Which.HttpStatus.Should().Be((HttpStatusCode)status);
        error.Message.Should().Contain("3 attempts");
        server.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task A_database_error_is_not_retried()
    {
        server.Answer(500, QueryApiAnswers.Error("Neo.DatabaseError.General.UnknownError", "Something went wrong"));
        using var client = new QueryApiClient(TestOptions.For(server.BaseUri));

        var act = () => client.RunAsync(Statement);

        (await act.Should().ThrowAsync<Neo4jException>()).Which.Code.Should().Be("Neo.DatabaseError.General.UnknownError");
        server.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task An_attempt_that_takes_too_long_is_timed_out_and_retried()
    {
        // Until the client announces a retry, every request is held unanswered for a minute, so only the attempt timeout
        // can end the first attempt; from then on answers come at once. Keying on the announcement, not on arrival order,
        // means a first request that reaches the double after the client gave up on it cannot take the retry's answer.
        // The real clock still bounds the retry's own attempt, hence a generous timeout (the test lasts that long);
        // a client that never timed out would get "late" after the minute and fail.
        var retryAnnounced = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Responder = _ => retryAnnounced.Task.IsCompleted
            ? new ScriptedAnswer(202, QueryApiAnswers.Strings("x", "on time"))
            : new ScriptedAnswer(202, QueryApiAnswers.Strings("x", "late"), Delay: TimeSpan.FromMinutes(1));
        using var client = new QueryApiClient(TestOptions.For(server.BaseUri, maxRetries: 2) with { AttemptTimeout = TimeSpan.FromSeconds(2) });
        var notices = new List<RetryNotice>();
        client.Retrying += notice =>
        {
            notices.Add(notice);
            retryAnnounced.TrySetResult();
        };

        var result = await client.RunAsync(Statement);

        result.Single().GetString("x").Should().Be("on time");
        notices.Should().ContainSingle().Which.Reason.Should().BeOfType<TimeoutRejectedException>();
    }

    [Fact]
    public async Task A_refused_connection_is_retried_then_reported_without_the_password()
    {
        using var down = new RefusingLoopbackPort();
        var nobody = down.BaseUri;
        using var client = new QueryApiClient(TestOptions.For(nobody, maxRetries: 2));
        var notices = new List<RetryNotice>();
        client.Retrying += notices.Add;

        var act = () => client.RunAsync(Statement);

        var error = (await act.Should().ThrowAsync<StoreUnavailableException>()).Which;
        notices.Should().HaveCount(2);
        error.Message.Should().Contain(nobody.ToString());
        error.InnerException.Should().BeOfType<Neo4jException>().Which.IsTransient.Should().BeTrue();
        ShouldNotLeakSecret(error);
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_then_refuses_without_calling_the_server()
    {
        server.Fallback = new ScriptedAnswer(503, null);
        var options = TestOptions.For(server.BaseUri, maxRetries: 6) with
        {
            BreakerMinimumThroughput = 3,
            BreakerFailureRatio = 0.5,
            BreakerSamplingDuration = TimeSpan.FromSeconds(30),
            BreakerBreakDuration = TimeSpan.FromSeconds(30),
        };
        using var client = new QueryApiClient(options);

        var first = () => client.RunAsync(Statement);
        var error = (await first.Should().ThrowAsync<StoreUnavailableException>()).Which;

        error.InnerException.Should().BeAssignableTo<BrokenCircuitException>();
        server.Requests.Should().HaveCount(3, "the breaker opened after three failed attempts and stopped the retries");

        var second = () => client.RunAsync(Statement);
        (await second.Should().ThrowAsync<StoreUnavailableException>()).Which.InnerException.Should().BeAssignableTo<BrokenCircuitException>();
        server.Requests.Should().HaveCount(3, "an open circuit refuses without a request");
    }

    [Fact]
    public async Task Client_errors_do_not_open_the_circuit()
    {
        server.Fallback = new ScriptedAnswer(400, QueryApiAnswers.Error("Neo.ClientError.Statement.SyntaxError", "Invalid input"));
        using var client = new QueryApiClient(TestOptions.For(server.BaseUri) with { BreakerMinimumThroughput = 2 });

        for (var i = 0; i < 5; i++)
        {
            var act = () => client.RunAsync(Statement);
            await act.Should().ThrowAsync<Neo4jException>();
        }

        server.Requests.Should().HaveCount(5);
    }

    private static void ShouldNotLeakSecret(Exception error)
    {
        var everything = error.ToString();
        foreach (var secret in TestOptions.SecretForms())
        {
            everything.Should().NotContain(secret);
        }
    }
}
