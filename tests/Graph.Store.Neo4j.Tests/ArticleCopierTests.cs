using System.Text.Json;
using Graph.Core.Model;
using Graph.Core.Ontology;
using Graph.Store.Neo4j.Http;
using Graph.Store.Neo4j.Tests.TestDoubles;

namespace Graph.Store.Neo4j.Tests;

/// <summary>
/// <see cref="Neo4jArticleCopier"/> against the Query API TEST DOUBLE (no Neo4j runs here): a batch is one transaction,
/// each article's writes carry its source ingestion time, and a failure part-way rolls the whole batch back.
/// </summary>
public class ArticleCopierTests
{
    private static readonly DateTimeOffset First = new(2024, 5, 1, 8, 0, 0, 123, TimeSpan.Zero);
    private static readonly DateTimeOffset Second = new(2024, 5, 2, 9, 30, 0, 456, TimeSpan.Zero);

    [Fact]
    public async Task A_batch_is_one_transaction_and_every_write_carries_the_source_time()
    {
        using var server = new QueryApiTestDouble();
        var conversation = new WriteConversation();
        server.Responder = conversation.Answer;
        await using var store = await Neo4jGraphStore.OpenAsync(TestOptions.For(server.BaseUri));

        var results = await new Neo4jArticleCopier(store, GraphOntology.Default).PutBatchAsync([Copied("a1", First), Copied("a2", Second)]);

        results.Should().OnlyContain(r => r.Outcome == PutOutcome.Added);
        conversation.TransactionsOpened.Should().Be(1);
        server.Requests.Count(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)).Should().Be(1);
        var upserts = conversation.Statements.Where(s => s.Statement == "writes/upsert-article").Select(s => s.Parameters.GetProperty("article").GetProperty("_value")).ToList();
        upserts.Select(a => a.GetProperty("id").GetProperty("_value").GetString()).Should().Equal("a1", "a2");
        upserts.Select(a => a.GetProperty("ingestedAt").GetProperty("_value").GetDateTimeOffset()).Should().Equal(First, Second);
        conversation.Statements.Where(s => s.Statement == "writes/add-statements")
            .Select(s => s.Parameters.GetProperty("rows").GetProperty("_value")[0].GetProperty("_value").GetProperty("extractedAt").GetProperty("_value").GetDateTimeOffset())
            .Should().Equal(First, Second);
    }

    [Fact]
    public async Task A_failure_part_way_rolls_the_batch_back()
    {
        using var server = new QueryApiTestDouble();
        var conversation = new WriteConversation();
        server.Responder = request =>
            request.Body.Contains("\"a2\"", StringComparison.Ordinal) && request.Body.Contains("MERGE (a:Article", StringComparison.Ordinal)
                ? new ScriptedAnswer(400, QueryApiAnswers.Error("Neo.ClientError.Schema.ConstraintValidationFailed", "already exists"))
                : conversation.Answer(request);
        await using var store = await Neo4jGraphStore.OpenAsync(TestOptions.For(server.BaseUri));

        var push = () => new Neo4jArticleCopier(store, GraphOntology.Default).PutBatchAsync([Copied("a1", First), Copied("a2", Second)]);

        (await push.Should().ThrowAsync<Neo4jException>()).Which.Code.Should().Be("Neo.ClientError.Schema.ConstraintValidationFailed");
        server.Requests.Should().Contain(r => r.Method == "DELETE", "the open transaction is rolled back");
        server.Requests.Should().NotContain(r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Facts_that_do_not_hang_together_are_refused_before_anything_is_sent()
    {
        using var server = new QueryApiTestDouble();
        server.Responder = new WriteConversation().Answer;
        await using var store = await Neo4jGraphStore.OpenAsync(TestOptions.For(server.BaseUri));
        var sent = server.Requests.Count;
        var bad = new CopiedArticle(new ArticleFacts(new Article("a3", "h"), [new ArticleEntity("X", "PLANET")], []), First);

        var push = () => new Neo4jArticleCopier(store, GraphOntology.Default).PutBatchAsync([Copied("a1", First), bad]);

        await push.Should().ThrowAsync<InvalidFactsException>();
        server.Requests.Count.Should().Be(sent);
    }

    private static CopiedArticle Copied(string id, DateTimeOffset ingestedAt) => new(
        new ArticleFacts(
            new Article(id, "hash-" + id),
            [new ArticleEntity("Maria Lopez", "PERSON"), new ArticleEntity("Ruritania", "LOCATION")],
            [new Statement(id, "Maria Lopez", "LEADS", "Ruritania", "Maria Lopez leads Ruritania.")]),
        ingestedAt);
}
