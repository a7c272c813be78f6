using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Types;

public class SchemaPrinterTests
{
    [Fact]
    public void Prints_a_code_first_schema_like_graphql_js_printSchema()
    {
        var schema = new SchemaBuilder()
            .Scalar(new DateTimeScalar())
            .Directive("cached", d => d.Description("Cache it.").On(DirectiveLocation.Field, DirectiveLocation.FragmentSpread).Repeatable()
                .Argument("ttl", "Int", a => a.Default(60)))
            .Enum("Kind", e => e.Description("What it is.").Value("PERSON").Value("PLACE", description: "Somewhere.").Value("THING", deprecationReason: BuiltInDirectives.DefaultDeprecationReason))
            .Interface("Node", i => i.Field("id", "ID!"))
            .Object("Entity", t => t.Implements("Node").Description("A thing in the graph.")
                .Field("id", "ID!")
                .Field("name", "String!", f => f.Description("Its best-known name."))
                .Field("kind", "Kind")
                .Field("seen", "DateTime")
                .Field("old", "String", f => f.Deprecated("Use `name`."))
                .Field("relations", "[Entity!]!", f => f
                    .Argument("first", "Int", a => a.Default(20))
                    .Argument("kinds", "[Kind!]", a => a.Default(new object[] { "PERSON", "PLACE" }).Description("Only these kinds."))))
            .Union("Result", u => u.Members("Entity"))
            .InputObject("Filter", i => i.Field("kind", "Kind", f => f.Default("PLACE")).Field("text", "String").Field("limit", "Float", f => f.Default(2.0)))
            .Object("Query", q => q
                .Field("entity", "Entity", f => f.Argument("id", "ID!"))
                .Field("search", "[Result]", f => f.Argument("filter", "Filter", a => a.Default(new Dictionary<string, object?> { ["text"] = "x" }))))
            .Build();

        SchemaPrinter.Print(schema).Should().Be(""""
            """Cache it."""
            directive @cached(ttl: Int = 60) repeatable on FIELD | FRAGMENT_SPREAD

            """
            A date and time with offset, as RFC 3339 text, e.g. `2024-05-01T12:30:00Z`.
            """
            scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

            """What it is."""
            enum Kind {
              PERSON

              """Somewhere."""
              PLACE
              THING @deprecated
            }

            interface Node {
              id: ID!
            }

            """A thing in the graph."""
            type Entity implements Node {
              id: ID!

              """Its best-known name."""
              name: String!
              kind: Kind
              seen: DateTime
              old: String @deprecated(reason: "Use `name`.")
              relations(
                first: Int = 20

                """Only these kinds."""
                kinds: [Kind!] = [PERSON, PLACE]
              ): [Entity!]!
            }

            union Result = Entity

            input Filter {
              kind: Kind = PLACE
              text: String
              limit: Float = 2
            }

            type Query {
              entity(id: ID!): Entity
              search(filter: Filter = {kind: PLACE, text: "x", limit: 2}): [Result]
            }
            """");
    }

    [Fact]
    public void Prints_a_schema_definition_for_unusual_root_names_and_descriptions()
    {
        var schema = new SchemaBuilder().Description("The API.").QueryType("Root").Object("Root", r => r.Field("a", "Int")).Build();
        SchemaPrinter.Print(schema).Should().Be("\"\"\"The API.\"\"\"\nschema {\n  query: Root\n}\n\ntype Root {\n  a: Int\n}");
    }
}
