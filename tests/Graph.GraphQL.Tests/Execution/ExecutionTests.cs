namespace Graph.GraphQL.Tests.Execution;

public class ExecutionTests
{
    private readonly TestApi _api = new();

    [Fact]
    public async Task Resolves_fields_in_selection_order_with_aliases()
    {
        (await _api.Run("{ number greeting: hello hello(name: \"you\") }"))
            .Should().Be("""{"data":{"number":42,"greeting":"Hello, world!","hello":"Hello, you!"}}""");
    }

    [Fact]
    public async Task Merges_fields_and_fragments()
    {
        (await _api.Run("{ user(id: \"1\") { name ...F ... on User { id name } } }\nfragment F on User { friends { name } }"))
            .Should().Be("""{"data":{"user":{"name":"Ada","friends":[{"name":"Grace"},{"name":"Alan"}],"id":"1"}}}""");
    }

    [Fact]
    public async Task Skip_and_include_honour_literals_and_variables()
    {
        (await _api.Run("query ($no: Boolean!) { a: number @skip(if: true) b: number @include(if: $no) c: number @include(if: true) @skip(if: $no) ... @include(if: false) { d: number } }", """{"no": false}"""))
            .Should().Be("""{"data":{"c":42}}""");
    }

    [Fact]
    public async Task Typename_is_available_everywhere()
    {
        (await _api.Run("{ __typename things { __typename id } items { __typename ... on Box { size } ... on Ball { colour } } }"))
            .Should().Be("""{"data":{"__typename":"Query","things":[{"__typename":"Box","id":"b1"},{"__typename":"Ball","id":"c1"}],"items":[{"__typename":"Ball","colour":"blue"},{"__typename":"Box","size":9}]}}""");
    }

    [Fact]
    public async Task Resolver_errors_become_null_with_path_location_and_code_and_no_internal_detail()
    {
        var json = await _api.Run("{ number failing }");
        json.Should().Be("""{"errors":[{"message":"Unexpected error.","locations":[{"line":1,"column":10}],"path":["failing"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"number":42,"failing":null}}""");
        json.Should().NotContain("secret");
    }

    [Fact]
    public async Task GraphQL_exceptions_keep_their_message_and_code()
    {
        (await _api.Run("{ userError }"))
            .Should().Be("""{"errors":[{"message":"You may not.","locations":[{"line":1,"column":3}],"path":["userError"],"extensions":{"code":"FORBIDDEN"}}],"data":{"userError":null}}""");
    }

    [Fact]
    public async Task Null_in_a_non_null_field_nulls_the_parent()
    {
        (await _api.Run("{ number user(id: \"1\") { name brokenName } }"))
            .Should().Be("""{"errors":[{"message":"Cannot return null for non-nullable field User.brokenName.","locations":[{"line":1,"column":31}],"path":["user","brokenName"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"number":42,"user":null}}""");
    }

    [Fact]
    public async Task Errors_propagate_through_non_null_list_items_to_the_nearest_nullable_field()
    {
        var json = await _api.Run("{ usersWithHole { name } nullableUsersWithHole { name } }");
        json.Should().Be("""{"errors":[{"message":"Cannot return null for non-nullable field Query.usersWithHole.","locations":[{"line":1,"column":3}],"path":["usersWithHole",1],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"usersWithHole":null,"nullableUsersWithHole":[{"name":"Ada"},null]}}""");
    }

    [Fact]
    public async Task A_failing_non_null_root_field_nulls_all_data()
    {
        (await _api.Run("{ number failingNonNull }"))
            .Should().Be("""{"errors":[{"message":"Unexpected error.","locations":[{"line":1,"column":10}],"path":["failingNonNull"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}""");
    }

    [Fact]
    public async Task Errors_deep_in_lists_carry_indices_in_their_path()
    {
        var json = await _api.Run("{ users { id failingFriend { id } } }");
        json.Should().StartWith("""{"errors":[{"message":"Unexpected error.","locations":[{"line":1,"column":14}],"path":["users",0,"failingFriend"]""");
        // Like graphql-js, once an item of a non-null list fails the rest are not completed: one error, not three.
        json.Should().NotContain("\"path\":[\"users\",1,");
        // users is [User!]!: nothing nullable between the failure and the root, so data itself is null.
        json.Should().EndWith("""],"data":null}""");
    }

    [Fact]
    public async Task Coerces_arguments_variables_defaults_enums_and_input_objects()
    {
        var json = await _api.Run(
            "query ($in: EchoInput, $l: [Int]) { echo(input: $in, list: $l, when: \"2024-01-02T03:04:05+01:00\") lit: echo(input: {a: 1, c: [RED]}, list: 7, color: RED) }",
            """{"in": {"a": 5, "c": ["GREEN"]}, "l": [1, null, 3]}""");
        json.Should().Be("""{"data":{"echo":"{ input: { a: 5, b: \"x\", c: [2] }, list: [1, null, 3], color: 2, when: \"2024-01-02T03:04:05.0000000+01:00\" }","lit":"{ input: { a: 1, b: \"x\", c: [\"RED\"] }, list: [7], color: \"RED\" }"}}""");
    }

    [Fact]
    public async Task Serializes_enums_and_custom_scalars()
    {
        (await _api.Run("{ color(value: 2) now }")).Should().Be("""{"data":{"color":"GREEN","now":"2024-05-01T10:30:00Z"}}""");
    }

    [Fact]
    public async Task Invalid_enum_output_is_a_field_error()
    {
        (await _api.Run("{ color(value: 7) }")).Should().Contain("\"message\":\"Enum \\\"Color\\\" cannot represent value: 7\"").And.Contain("\"path\":[\"color\"]");
    }

    [Theory]
    [InlineData("query ($id: ID!) { user(id: $id) { name } }", "{}", "Variable \\\"$id\\\" of required type \\\"ID!\\\" was not provided.")]
    [InlineData("query ($id: ID!) { user(id: $id) { name } }", """{"id": null}""", "Variable \\\"$id\\\" of non-null type \\\"ID!\\\" must not be null.")]
    [InlineData("query ($id: ID!) { user(id: $id) { name } }", """{"id": true}""", "Variable \\\"$id\\\" got invalid value true; ID cannot represent value: true")]
    [InlineData("query ($in: EchoInput) { echo(input: $in) }", """{"in": {"c": ["PINK"]}}""", "Variable \\\"$in\\\" got invalid value { c: [\\\"PINK\\\"] }; Field \\\"a\\\" of required type \\\"Int!\\\" was not provided.")]
    [InlineData("query ($in: EchoInput) { echo(input: $in) }", """{"in": {"a": 1, "c": ["PINK"]}}""", "Variable \\\"$in\\\" got invalid value \\\"PINK\\\" at \\\"in.c[0]\\\"; Value \\\"PINK\\\" does not exist in \\\"Color\\\" enum.")]
    [InlineData("query ($in: EchoInput) { echo(input: $in) }", """{"in": {"a": 1, "zz": 2}}""", "Variable \\\"$in\\\" got invalid value { a: 1, zz: 2 }; Field \\\"zz\\\" is not defined by type \\\"EchoInput\\\".")]
    [InlineData("query ($l: [Int]) { echo(list: $l) }", """{"l": [1, 2.5]}""", "Variable \\\"$l\\\" got invalid value 2.5 at \\\"l[1]\\\"; Int cannot represent non-integer value: 2.5")]
    public async Task Bad_variables_are_request_errors_without_data(string query, string variables, string message)
    {
        var json = await _api.Run(query, variables);
        json.Should().StartWith("{\"errors\":[{\"message\":\"" + message + "\"");
        json.Should().Contain("\"extensions\":{\"code\":\"BAD_USER_INPUT\"}");
        json.Should().NotContain("\"data\"");
    }

    [Fact]
    public async Task Picks_the_named_operation()
    {
        (await _api.Run("query A { number } query B { hello }", operationName: "B")).Should().Be("""{"data":{"hello":"Hello, world!"}}""");
        (await _api.Run("query A { number } query B { hello }")).Should().Contain("Must provide operation name if query contains multiple operations.");
        (await _api.Run("query A { number }", operationName: "C")).Should().Contain("Unknown operation named \\\"C\\\".");
    }

    [Fact]
    public async Task Query_fields_run_concurrently()
    {
        (await _api.Run("{ barrierA barrierB }")).Should().Be("""{"data":{"barrierA":"met","barrierB":"met"}}""");
    }

    [Fact]
    public async Task Mutation_fields_run_one_after_another()
    {
        // The first field waits longest; run concurrently, it would finish last.
        var json = await _api.Run("mutation { a: append(text: \"first\", delayMs: 60) b: append(text: \"second\", delayMs: 0) c: increment d: increment(by: 5) }");
        json.Should().Be("""{"data":{"a":["first"],"b":["first","second"],"c":1,"d":6}}""");
    }

    [Fact]
    public async Task Syntax_and_validation_errors_are_request_errors()
    {
        (await _api.Run("{ number")).Should().Be("""{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":9}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}""");
        (await _api.Run("{ nope }")).Should().Be("""{"errors":[{"message":"Cannot query field \"nope\" on type \"Query\". Did you mean \"now\"?","locations":[{"line":1,"column":3}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""");
    }
}
