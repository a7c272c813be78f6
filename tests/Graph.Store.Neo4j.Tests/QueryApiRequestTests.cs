using System.Text.Json;
using Graph.Store.Neo4j.Cypher;
using Graph.Store.Neo4j.Http;
using Graph.Store.Neo4j.Tests.TestDoubles;

namespace Graph.Store.Neo4j.Tests;

/// <summary>What the client puts on the wire, and how it reads typed JSON answers (against the Query API test double).</summary>
public sealed class QueryApiRequestTests : IDisposable
{
    private static readonly CypherStatement Statement = new("queries/test", "MATCH (e:Entity {id: $id}) RETURN e.name AS name");

    private readonly QueryApiTestDouble server = new();

    public void Dispose() => server.Dispose();

    [Fact]
    public async Task A_statement_is_posted_to_the_query_endpoint_with_basic_auth_and_typed_parameters()
    {
        server.Answer(202, QueryApiAnswers.Strings("name", "Ada"));
        using var client = new QueryApiClient(TestOptions.For(server.BaseUri) with { Database = "news" });

        await client.RunAsync(Statement, new Dictionary<string, object?>
        {
            ["id"] = "person:ada",
            ["count"] = 3,
            ["confidence"] = 1.0,
            ["when"] = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.FromHours(2)),
            ["names"] = new[] { "Ada", "A. Lovelace" },
            ["row"] = new Dictionary<string, object?> { ["negated"] = false, ["span"] = null },
        });

        var request = server.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("POST");
        request.Path.Should().Be("/db/news/query/v2");
        request.Header("Authorization").Should().Be("Basic " + Convert.ToBase64String("neo4j:S3cret-Passw0rd!"u8.ToArray()));
        request.Header("Accept").Should().Be("application/vnd.neo4j.query");
        request.Header("Content-Type").Should().Be("application/vnd.neo4j.query");

        using var body = JsonDocument.Parse(request.Body);
        body.RootElement.GetProperty("statement").GetString().Should().Be(Statement.Text);
        var parameters = body.RootElement.GetProperty("parameters");
        Typed(parameters, "id").Should().Be(("String", "person:ada"));
        Typed(parameters, "count").Should().Be(("Integer", "3"));
        Typed(parameters, "confidence").Should().Be(("Float", "1.0"));
        Typed(parameters, "when").Should().Be(("OffsetDateTime", "2024-05-01T12:00:00.0000000+02:00"));
        var names = parameters.GetProperty("names");
        names.GetProperty("$type").GetString().Should().Be("List");
        names.GetProperty("_value").EnumerateArray().Select(v => v.GetProperty("_value").GetString()).Should().Equal("Ada", "A. Lovelace");
        var row = parameters.GetProperty("row");
        row.GetProperty("$type").GetString().Should().Be("Map");
        row.GetProperty("_value").GetProperty("negated").GetProperty("$type").GetString().Should().Be("Boolean");
        row.GetProperty("_value").GetProperty("span").GetProperty("$type").GetString().Should().Be("Null");
    }

    [Fact]
    public async Task A_typed_answer_is_read_into_dotnet_values()
    {
        // The value shapes of the manual's "Typed JSON" type mapping table.
        server.Answer(202, """
            {"data":{"fields":["node","name","n","score","at","zoned","tags","props","nothing","flag","rel"],
             "values":[[
               {"$type":"Node","_value":{"_element_id":"4:ff04df25-ff2b-4b55-98f8-6888297b025e:2","_labels":["Entity","Person"],
                 "_properties":{"name":{"$type":"String","_value":"Phil"},"age":{"$type":"Integer","_value":"42"}}}},
               {"$type":"String","_value":"Phil"},
               {"$type":"Integer","_value":"123"},
               {"$type":"Float","_value":"3.2E9"},
               {"$type":"OffsetDateTime","_value":"2015-11-21T21:40:32.142Z"},
               {"$type":"ZonedDateTime","_value":"2015-11-21T21:40:32.142+01:00[Europe/Paris]"},
               {"$type":"List","_value":[{"$type":"String","_value":"A"},{"$type":"String","_value":"B"}]},
               {"$type":"Map","_value":{"fieldA":{"$type":"String","_value":"A"}}},
               {"$type":"Null","_value":null},
               {"$type":"Boolean","_value":true},
               {"$type":"Relationship","_value":{"_element_id":"5:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                 "_start_node_element_id":"4:ff04df25-ff2b-4b55-98f8-6888297b025e:0","_end_node_element_id":"4:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                 "_type":"MET","_properties":{"support":{"$type":"Integer","_value":"2"}}}}
             ]]},
             "bookmarks":["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]}
            """);
        using var client = new QueryApiClient(TestOptions.For(server.BaseUri));

        var result = await client.RunAsync(Statement);

        result.Fields.Should().HaveCount(11);
        result.Bookmarks.Should().Equal("FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q");
        var record = result.Single();
        var node = record["node"].Should().BeOfType<Neo4jNode>().Subject;
        node.Labels.Should().Equal("Entity", "Person");
        node.Properties["age"].Should().Be(42L);
        record.GetString("name").Should().Be("Phil");
        record.GetInt64("n").Should().Be(123);
        record.GetDouble("score").Should().Be(3.2e9);
        record.GetDateTime("at").Should().Be(new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.Zero));
        record.GetDateTime("zoned").Should().Be(new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.FromHours(1)));
        record.GetStrings("tags").Should().Equal("A", "B");
        record.GetMap("props")["fieldA"].Should().Be("A");
        record["nothing"].Should().BeNull();
        record.GetBoolean("flag").Should().BeTrue();
        var rel = record["rel"].Should().BeOfType<Neo4jRelationship>().Subject;
        rel.Type.Should().Be("MET");
        rel.Properties["support"].Should().Be(2L);
    }

    [Fact]
    public async Task A_value_that_is_not_typed_json_is_a_clear_error()
    {
        server.Answer(202, """{"data":{"fields":["name"],"values":[["Phil"]]},"bookmarks":[]}""");
        using var client = new QueryApiClient(TestOptions.For(server.BaseUri));

        var act = () => client.RunAsync(Statement);

        (await act.Should().ThrowAsync<Neo4jException>()).Which.Message.Should().Contain("queries/test").And.Contain("typed JSON");
    }

    private static (string Type, string? Value) Typed(JsonElement parameters, string name)
    {
        var value = parameters.GetProperty(name);
        return (value.GetProperty("$type").GetString()!, value.GetProperty("_value").GetString());
    }
}
