using Graph.GraphQL.Execution;
using Graph.GraphQL.Protection;
using Graph.GraphQL.Tests.Execution;

namespace Graph.GraphQL.Tests.Protection;

public class ProtectionTests
{
    private readonly TestApi _api = new();

    private async Task<ExecutionResult> Run(ProtectionOptions protection, string query, string? variables = null) =>
        await new GraphQLEngine(_api.Schema, new GraphQLEngineOptions { Protection = protection })
            .ExecuteAsync(new GraphQLRequest { Query = query, Variables = JsonInput.ParseObject(variables) });

    private static void Refused(ExecutionResult result, string code, string message)
    {
        result.HasData.Should().BeFalse();
        var error = result.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be(code);
        error.Message.Should().Be(message);
    }

    [Fact]
    public async Task Refuses_documents_that_are_too_long() => Refused(
        await Run(ProtectionOptions.None with { MaxDocumentLength = 20 }, "{ number hello       }"),
        "DOCUMENT_TOO_LARGE", "Document is 22 characters long; at most 20 are allowed.");

    [Fact]
    public async Task Refuses_documents_with_too_many_tokens_while_reading_them()
    {
        var result = await Run(ProtectionOptions.None with { MaxTokens = 5 }, "{ a: number b: number }");
        Refused(result, "MAX_TOKENS_EXCEEDED", "Document contains more than 5 tokens. Parsing aborted.");
        result.Errors[0].Locations.Should().ContainSingle().Which.Column.Should().Be(14);
    }

    [Fact]
    public async Task Refuses_operations_that_are_too_deep()
    {
        var options = ProtectionOptions.None with { MaxDepth = 3 };
        (await Run(options, "{ user(id: \"1\") { friends { name } } }")).Errors.Should().BeEmpty();
        Refused(await Run(options, "{ user(id: \"1\") { friends { friends { name } } } }"),
            "MAX_DEPTH_EXCEEDED", "Operation is 4 levels deep; at most 3 are allowed.");
    }

    [Fact]
    public async Task Depth_counts_through_fragments()
    {
        Refused(await Run(ProtectionOptions.None with { MaxDepth = 2 }, "{ user(id: \"1\") { ...F } }\nfragment F on User { friends { name } }"),
            "MAX_DEPTH_EXCEEDED", "Operation is 3 levels deep; at most 2 are allowed.");
    }

    [Fact]
    public async Task Refuses_too_many_aliases() => Refused(
        await Run(ProtectionOptions.None with { MaxAliases = 2 }, "{ a: number b: number c: number }"),
        "MAX_ALIASES_EXCEEDED", "Document uses 3 aliases; at most 2 are allowed.");

    [Fact]
    public async Task Cost_weighs_list_fields_by_their_page_size()
    {
        var options = ProtectionOptions.None with { MaxCost = 25 };
        // page: 1 + nothing below; users: 1 + 10 (default list size) × (id 1 + name 1) = 21.
        (await Run(options, "{ users { id name } }")).Errors.Should().BeEmpty();
        Refused(await Run(options, "{ users { id name friends { id } } }"),
            "MAX_COST_EXCEEDED", "Operation has an estimated cost of 131; at most 25 is allowed.");
    }

    [Fact]
    public async Task Cost_reads_page_size_arguments_and_variables()
    {
        var schema = _api.Schema;
        var document = Graph.GraphQL.Language.Parser.Parse("query ($n: Int) { a: users { id } }");
        var operation = document.Operations.Single();
        OperationAnalyzer.Cost(schema, document, operation, null, new CostOptions()).Should().Be(11);
        OperationAnalyzer.Cost(schema, document, operation, null, new CostOptions { DefaultListSize = 100 }).Should().Be(101);
        var paged = Graph.GraphQL.Language.Parser.Parse("query ($n: Int) { page(first: $n) }");
        OperationAnalyzer.Cost(schema, paged, paged.Operations.Single(), new Dictionary<string, object?> { ["n"] = 3L }, new CostOptions()).Should().Be(1);
    }

    [Fact]
    public void Cost_multiplies_connections_by_their_page_size_once()
    {
        var schema = new Graph.GraphQL.Types.SchemaBuilder().Sdl("""
            type Query { entities(first: Int = 20, after: String): EntityConnection }
            type EntityConnection { edges: [EntityEdge!]! totalCount: Int! }
            type EntityEdge { cursor: String! node: Entity! }
            type Entity { name: String! relations(first: Int): RelationConnection! }
            type RelationConnection { nodes: [Relation!]! }
            type Relation { type: String! }
            """).Build();
        long Cost(string query)
        {
            var document = Graph.GraphQL.Language.Parser.Parse(query);
            return OperationAnalyzer.Cost(schema, document, document.Operations.Single(), null, new CostOptions());
        }
        // entities: 1 + 50 × (edges: 1 + 1 × (cursor 1 + node: 1 + name 1)) = 1 + 50 × 4
        Cost("{ entities(first: 50) { edges { cursor node { name } } } }").Should().Be(201);
        // the schema default (20) applies when first is not given
        Cost("{ entities { edges { node { name } } } }").Should().Be(1 + 20 * 3);
        // nested connection: relations(first: 5) { nodes { type } } = 1 + 5 × (1 + 1) = 11 per entity
        Cost("{ entities(first: 10) { edges { node { relations(first: 5) { nodes { type } } } } } }").Should().Be(1 + 10 * (1 + 1 + 11));
    }

    [Fact]
    public async Task Times_out_slow_executions()
    {
        var started = DateTime.UtcNow;
        var result = await Run(ProtectionOptions.None with { ExecutionTimeout = TimeSpan.FromMilliseconds(100) }, "{ slow(ms: 5000) }");
        Refused(result, "EXECUTION_TIMEOUT", "Execution timed out after 100 ms.");
        (DateTime.UtcNow - started).Should().BeLessThan(TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task Fast_executions_finish_within_the_timeout()
    {
        var result = await Run(ProtectionOptions.None with { ExecutionTimeout = TimeSpan.FromSeconds(5) }, "{ slow(ms: 1) }");
        result.Errors.Should().BeEmpty();
        result.Data!["slow"].Should().Be("done");
    }

    [Fact]
    public async Task Introspection_can_be_switched_off()
    {
        var options = ProtectionOptions.None with { IntrospectionEnabled = false };
        Refused(await Run(options, "{ __schema { queryType { name } } }"), "INTROSPECTION_DISABLED", "Introspection is disabled on this server.");
        Refused(await Run(options, "{ ...F }\nfragment F on Query { __type(name: \"User\") { name } }"), "INTROSPECTION_DISABLED", "Introspection is disabled on this server.");
        (await Run(options, "{ __typename number }")).Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task Without_introspection_errors_give_no_hints_about_the_schema()
    {
        var options = ProtectionOptions.None with { IntrospectionEnabled = false };
        (await Run(options, "{ numbr }")).Errors.Single().Message.Should().Be("Cannot query field \"numbr\" on type \"Query\".");
        (await Run(ProtectionOptions.None, "{ numbr }")).Errors.Single().Message.Should().StartWith("Cannot query field \"numbr\" on type \"Query\". Did you mean \"number\"");
        const string enumQuery = "query ($c: Color) { echo(color: $c) }";
        (await Run(ProtectionOptions.None, enumQuery, """{"c": "GREN"}""")).Errors.Single().Message.Should().Contain("Did you mean the enum value \"GREEN\"");
        (await Run(options, enumQuery, """{"c": "GREN"}""")).Errors.Single().Message.Should().Be("Variable \"$c\" got invalid value \"GREN\"; Value \"GREN\" does not exist in \"Color\" enum.");
    }

    [Fact]
    public async Task Page_size_caps_refuse_large_pages_and_negative_sizes()
    {
        var ok = await Run(ProtectionOptions.None, "{ page(first: 3) }");
        ok.ToJson().Should().Be("""{"data":{"page":[1,2,3]}}""");
        var tooMany = await Run(ProtectionOptions.None, "{ page(first: 11) }");
        tooMany.Errors.Should().ContainSingle().Which.Code.Should().Be("PAGE_SIZE_EXCEEDED");
        tooMany.Errors[0].Message.Should().Be("Argument \"first\" of field \"Query.page\" asks for 11 items; at most 10 are allowed.");
        tooMany.Errors[0].Path.Should().Equal("page");
        var negative = await Run(ProtectionOptions.None, "{ page(first: -1) }");
        negative.Errors.Should().ContainSingle().Which.Code.Should().Be("BAD_USER_INPUT");
    }

    [Fact]
    public void Defaults_are_on()
    {
        var defaults = new ProtectionOptions();
        defaults.MaxDepth.Should().NotBeNull();
        defaults.MaxCost.Should().NotBeNull();
        defaults.MaxAliases.Should().NotBeNull();
        defaults.MaxTokens.Should().NotBeNull();
        defaults.MaxDocumentLength.Should().NotBeNull();
        defaults.ExecutionTimeout.Should().NotBeNull();
    }
}
