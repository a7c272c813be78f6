using Graph.Api.Tests.Support;

namespace Graph.Api.Tests;

/// <summary>GraphQL over HTTP on the real server: media types, status codes and request errors, as the spec says.</summary>
[Collection(SeededServerCollection.Name)]
public sealed class HttpTransportTests(SeededServer fixture)
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";
    private readonly TestGraphServer server = fixture.Server;

    [Fact]
    public async Task A_query_over_POST_answers_200_in_the_media_type_asked_for()
    {
        var modern = await server.PostAsync("{ __typename }", accept: GraphQLResponseJson);
        modern.Status.Should().Be(200);
        modern.ContentType.Should().Be("application/graphql-response+json; charset=utf-8");
        modern.Data.GetProperty("__typename").GetString().Should().Be("Query");

        var legacy = await server.PostAsync("{ __typename }", accept: Json);
        legacy.Status.Should().Be(200);
        legacy.ContentType.Should().Be("application/json; charset=utf-8");
    }

    [Fact]
    public async Task Without_an_Accept_header_the_answer_is_application_json()
    {
        var response = await server.SendAsync(HttpMethod.Post, server.Endpoint, """{"query":"{ __typename }"}""", Json, accept: null);
        response.Status.Should().Be(200);
        response.ContentType.Should().StartWith(Json);
    }

    [Theory]
    [InlineData("{", GraphQLResponseJson, 400, "GRAPHQL_PARSE_FAILED")]
    [InlineData("{", Json, 200, "GRAPHQL_PARSE_FAILED")]
    [InlineData("{ noSuchField }", GraphQLResponseJson, 400, "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("{ noSuchField }", Json, 200, "GRAPHQL_VALIDATION_FAILED")]
    public async Task Parse_and_validation_errors_are_400_with_graphql_response_json_and_200_with_application_json(string query, string accept, int status, string code)
    {
        var response = await server.PostAsync(query, accept: accept);
        response.Status.Should().Be(status);
        response.HasData.Should().BeFalse("a request that never executed has no data entry");
        response.ErrorCodes.Should().Contain(code);
    }

    [Fact]
    public async Task A_variable_that_does_not_coerce_is_a_request_error()
    {
        var response = await server.PostAsync("query($id: ID!) { entity(id: $id) { name } }", new Dictionary<string, object?> { ["id"] = null });
        response.Status.Should().Be(400);
        response.HasData.Should().BeFalse();
        response.ErrorMessages.Single().Should().Contain("$id");
    }

    [Fact]
    public async Task A_field_error_during_execution_is_200_with_data_and_the_error()
    {
        var response = await server.PostAsync("""{ entity(id: "person:vladimir-putin", name: "Putin") { name } }""");
        response.Status.Should().Be(200);
        response.Data.GetProperty("entity").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        response.ErrorMessages.Single().Should().Be("Give exactly one of \"id\" and \"name\".");
        response.Errors.Single().GetProperty("path")[0].GetString().Should().Be("entity");
    }

    [Theory]
    [InlineData("{ \"not json", "The request body is not valid JSON")]
    [InlineData("", "The request body is empty")]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("{\"notquery\": \"{ __typename }\"}", "no \"query\" parameter")]
    [InlineData("{\"query\": 7}", "\"query\" parameter must be a string; got a JSON number")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": [1]}", "\"variables\" parameter must be a JSON object or null; got a JSON array")]
    [InlineData("{\"query\": \"{ __typename }\", \"operationName\": 3}", "\"operationName\" parameter must be a string or null")]
    public async Task Malformed_requests_are_400_with_an_error_naming_the_problem(string body, string expected)
    {
        var response = await server.SendAsync(HttpMethod.Post, server.Endpoint, body, Json, GraphQLResponseJson);
        response.Status.Should().Be(400);
        response.ErrorMessages.Single().Should().Contain(expected);
    }

    [Fact]
    public async Task A_POST_without_a_JSON_content_type_is_415()
    {
        var none = await server.SendAsync(HttpMethod.Post, server.Endpoint, """{"query":"{ __typename }"}""", contentType: null, accept: Json);
        none.Status.Should().Be(415);
        var text = await server.SendAsync(HttpMethod.Post, server.Endpoint, "{ __typename }", "text/plain", Json);
        text.Status.Should().Be(415);
        text.ErrorMessages.Single().Should().Contain("text/plain");
    }

    [Fact]
    public async Task An_Accept_header_with_nothing_the_endpoint_sends_is_406()
    {
        var response = await server.SendAsync(HttpMethod.Post, server.Endpoint, """{"query":"{ __typename }"}""", Json, "text/csv");
        response.Status.Should().Be(406);
    }

    [Fact]
    public async Task GET_runs_queries_with_variables_from_the_URL()
    {
        var uri = new Uri(server.Endpoint, "?query=" + Uri.EscapeDataString("query($n: String!) { entity(name: $n) { name } }")
            + "&variables=" + Uri.EscapeDataString("""{"n":"Putin"}"""));
        var response = await server.SendAsync(HttpMethod.Get, uri, null, null, GraphQLResponseJson);
        response.Status.Should().Be(200);
        response.Data.GetProperty("entity").GetProperty("name").GetString().Should().Be("Vladimir Putin");
    }

    [Fact]
    public async Task GET_refuses_mutations_with_405_and_Allow_POST()
    {
        var uri = new Uri(server.Endpoint, "?query=" + Uri.EscapeDataString("mutation { addAlias(entity: \"x\", alias: \"y\") { name } }"));
        var response = await server.SendAsync(HttpMethod.Get, uri, null, null, GraphQLResponseJson, TestGraphServer.ApiKey);
        response.Status.Should().Be(405);
        response.Headers["Allow"].Should().Be("POST");
    }

    [Fact]
    public async Task Other_methods_are_405_with_Allow_GET_and_POST()
    {
        var response = await server.SendAsync(HttpMethod.Put, server.Endpoint, """{"query":"{ __typename }"}""", Json, Json);
        response.Status.Should().Be(405);
        response.Headers["Allow"].Should().Be("GET, POST");
    }

    [Fact]
    public async Task A_subscription_over_plain_HTTP_is_refused_and_points_to_WebSocket()
    {
        var response = await server.PostAsync("subscription { ingestionEvents { kind } }");
        response.Status.Should().Be(400);
        response.ErrorMessages.Single().Should().Contain("WebSocket");
    }

    [Fact]
    public async Task Responses_are_utf8_and_keep_non_ascii_text()
    {
        var response = await server.PostAsync("""{ __type(name: "Run🏃Swim") { name } }""");
        response.Status.Should().Be(200);
        response.Data.GetProperty("__type").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }
}
