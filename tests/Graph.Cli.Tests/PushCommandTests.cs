using System.Text.Json;
using Graph.Store.Neo4j.Tests.TestDoubles;

namespace Graph.Cli.Tests;

/// <summary>
/// <c>graph push</c> through the real program against the Query API TEST DOUBLE on a real loopback port (no Neo4j can run
/// here): batches, one transaction each, articles in their original order with their original ingestion times, progress.
/// The NEO4J_* variables are cleared in the child so a developer's live server is never written to by these tests.
/// </summary>
public class PushCommandTests
{
    private static readonly Dictionary<string, string?> NoNeo4jEnvironment = new()
    {
        ["NEO4J_URI"] = null, ["NEO4J_USER"] = null, ["NEO4J_PASSWORD"] = null, ["NEO4J_DATABASE"] = null,
    };

    private const string TwoMore = """
        {"kind":"entity","article":"b1","name":"Maria Lopez","type":"PERSON","aliases":["Lopez"]}
        {"kind":"entity","article":"b1","name":"Ruritania","type":"LOCATION","aliases":[]}
        {"kind":"relation","article":"b1","subject":"Maria Lopez","relation":"LEADS","object":"Ruritania","evidence":"President Maria Lopez of Ruritania spoke."}
        {"kind":"entity","article":"b2","name":"Acme Corp","type":"ORGANIZATION","aliases":[]}
        """;

    [Fact]
    public void Pushes_every_article_in_batches_with_its_ingestion_time()
    {
        using var cli = new CliProcess();
        cli.Run("import", TestSupport.RepoPaths.InShared("extraction", "gold", "seeds.jsonl")).ExitCode.Should().Be(0);
        cli.Run("import", cli.File("more.jsonl", TwoMore)).ExitCode.Should().Be(0);
        var source = cli.Run("export", "--format", "jsonl").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).Where(e => e.GetProperty("kind").GetString() == "article")
            .OrderBy(e => e.GetProperty("order").GetInt32())
            .Select(e => (Id: e.GetProperty("id").GetString(), IngestedAt: e.GetProperty("ingestedAt").GetDateTimeOffset()))
            .ToList();
        using var neo4j = new QueryApiTestDouble();
        var conversation = new WriteConversation();
        neo4j.Responder = conversation.Answer;

        var (code, output, error) = cli.RunWith(NoNeo4jEnvironment, "push", "--neo4j", neo4j.BaseUri.ToString(), "--user", "neo4j", "--password", "secret", "--batch-size", "3");

        code.Should().Be(0, error);
        conversation.TransactionsOpened.Should().Be(3, "4 articles in batches of 3, then one read of the target to carry hand curation over");
        error.Should().Contain("pushed 3/4 article(s)").And.Contain("pushed 4/4 article(s)");
        output.Should().Contain("pushed 4 article(s) to Neo4j").And.Contain("4 added").And.Contain("Neo4j now holds 4 article(s)");
        conversation.Statements.Should().Contain(s => s.Statement.StartsWith("schema/", StringComparison.Ordinal), "the adapter's schema is applied first");
        var upserts = conversation.Statements.Where(s => s.Statement == "writes/upsert-article")
            .Select(s => s.Parameters.GetProperty("article").GetProperty("_value"))
            .Select(a => (Id: a.GetProperty("id").GetProperty("_value").GetString(), IngestedAt: a.GetProperty("ingestedAt").GetProperty("_value").GetDateTimeOffset()))
            .ToList();
        upserts.Should().Equal(source, "articles go in the order the embedded store took them in, with the times it took them in");
        var basic = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("neo4j:secret"));
        neo4j.Requests.Should().OnlyContain(r => r.Header("authorization") == basic);
        output.Should().NotContain("secret");
    }

    [Fact]
    public void A_refused_login_stops_the_push_with_a_clear_error()
    {
        using var cli = new CliProcess();
        cli.Run("import", cli.File("more.jsonl", TwoMore)).ExitCode.Should().Be(0);
        using var neo4j = new QueryApiTestDouble();
        neo4j.Fallback = new ScriptedAnswer(401, QueryApiAnswers.Error("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."));

        var (code, _, error) = cli.RunWith(NoNeo4jEnvironment, "push", "--neo4j", neo4j.BaseUri.ToString(), "--user", "neo4j", "--password", "wrong");

        code.Should().Be(1);
        error.Should().Contain("push to Neo4j").And.Contain("Neo.ClientError.Security.Unauthorized").And.NotContain("wrong");
    }

    [Fact]
    public void Without_a_server_address_it_says_which_setting_is_missing()
    {
        using var cli = new CliProcess();

        var (code, _, error) = cli.RunWith(NoNeo4jEnvironment, "push");

        code.Should().Be(1);
        error.Should().Contain("--neo4j/NEO4J_URI is not set");
    }

    [Fact]
    public void Settings_come_from_the_environment_when_not_given()
    {
        using var cli = new CliProcess();
        cli.Run("import", cli.File("more.jsonl", TwoMore)).ExitCode.Should().Be(0);
        using var neo4j = new QueryApiTestDouble();
        var conversation = new WriteConversation();
        neo4j.Responder = conversation.Answer;
        var environment = new Dictionary<string, string?>(NoNeo4jEnvironment)
        {
            ["NEO4J_URI"] = neo4j.BaseUri.ToString(), ["NEO4J_USER"] = "reader", ["NEO4J_PASSWORD"] = "from-env", ["NEO4J_DATABASE"] = "news",
        };

        var (code, output, error) = cli.RunWith(environment, "push");

        code.Should().Be(0, error);
        output.Should().Contain("database 'news'");
        neo4j.Requests.Should().OnlyContain(r => r.Path.StartsWith("/db/news/query/v2", StringComparison.Ordinal));
    }
}
