using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Types;

public class SchemaBuilderTests
{
    private static IReadOnlyList<string> Errors(Func<SchemaBuilder, SchemaBuilder> build)
    {
        var act = () => build(new SchemaBuilder()).Build();
        return act.Should().Throw<SchemaValidationException>().Which.Errors;
    }

    [Fact]
    public void Needs_a_query_type() =>
        Errors(b => b.Object("Foo", t => t.Field("a", "Int"))).Should().Contain("Query root type \"Query\" is not defined.");

    [Fact]
    public void Reports_unknown_type_references() =>
        Errors(b => b.Object("Query", t => t.Field("a", "Missing").Field("b", "Int", f => f.Argument("x", "[Nope!]"))))
            .Should().Equal("Unknown type \"Missing\" referenced by Query.a.", "Unknown type \"Nope\" referenced by Query.b(x:).");

    [Fact]
    public void Checks_input_and_output_positions()
    {
        Errors(b => b
                .InputObject("In", i => i.Field("x", "Int"))
                .Object("Query", t => t.Field("a", "In").Field("b", "Int", f => f.Argument("q", "Query"))))
            .Should().Equal("The type of Query.a must be Output Type but got: In.", "The type of Query.b(q:) must be Input Type but got: Query.");
    }

    [Fact]
    public void Checks_interface_implementations()
    {
        Errors(b => b
                .Interface("Node", i => i.Field("id", "ID!").Field("tag", "String", f => f.Argument("x", "Int")))
                .Interface("Named", i => i.Implements("Node").Field("id", "ID!").Field("tag", "String", f => f.Argument("x", "Int")).Field("name", "String"))
                .Object("Query", t => t.Implements("Named").Field("id", "ID").Field("name", "Int").Field("tag", "String", f => f.Argument("y", "Int!"))))
            .Should().BeEquivalentTo(
                "Type Query must implement Node because it is implemented by Named.",
                "Interface field Named.id expects type ID! but Query.id is type ID.",
                "Interface field argument Named.tag(x:) expected but Query.tag does not provide it.",
                "Object field Query.tag includes required argument y that is missing from the Interface field Named.tag.",
                "Interface field Named.name expects type String but Query.name is type Int.");
    }

    [Fact]
    public void Interfaces_may_implement_interfaces_covariantly()
    {
        var schema = new SchemaBuilder()
            .Interface("Node", i => i.Field("id", "ID!").Field("parent", "Node"))
            .Interface("Named", i => i.Implements("Node").Field("id", "ID!").Field("parent", "Named").Field("name", "String!"))
            .Object("Person", t => t.Implements("Named", "Node").Field("id", "ID!").Field("parent", "Person").Field("name", "String!"))
            .Object("Query", t => t.Field("node", "Node"))
            .Build();
        schema.IsSubType((NamedType)schema.GetType("Node")!, (NamedType)schema.GetType("Named")!).Should().BeTrue();
        schema.GetPossibleTypes((NamedType)schema.GetType("Node")!).Select(t => t.Name).Should().Equal("Person");
    }

    [Fact]
    public void Checks_unions_enums_inputs_and_names()
    {
        Errors(b => b
                .Union("U", u => u.Members("Query", "In"))
                .Enum("E", _ => { })
                .InputObject("In", _ => { })
                .InputObject("Loop", i => i.Field("self", "Loop!"))
                .Object("Query", t => t.Field("__bad", "Int").Field("u", "U").Field("e", "E").Field("l", "Int", f => f.Argument("l", "Loop"))))
            .Should().Equal("Type \"In\" in union U must be an object type.");
        Errors(b => b
                .Enum("E", _ => { })
                .InputObject("In", _ => { })
                .InputObject("Loop", i => i.Field("self", "Loop!"))
                .Object("Query", t => t.Field("__bad", "Int").Field("e", "E").Field("l", "Int", f => f.Argument("l", "Loop").Argument("i", "In"))))
            .Should().BeEquivalentTo(
                "Name \"__bad\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Enum type E must define one or more values.",
                "Input Object type In must define one or more fields.",
                "Cannot reference Input Object \"Loop\" within itself through a series of non-null fields: \"self\".");
    }

    [Fact]
    public void Code_defaults_must_fit_their_type() =>
        Errors(b => b.Object("Query", t => t.Field("a", "Int", f => f.Argument("x", "Int", a => a.Default("ten")))))
            .Should().Equal("The default value of \"x\" cannot be represented as type \"Int\".");

    [Fact]
    public void Sdl_and_code_combine()
    {
        var schema = new SchemaBuilder()
            .Sdl("type Query { hello: String }")
            .Object("Query", q => q.Configure("hello", f => f.Resolve(_ => "hi")).Field("extra", "Int", _ => 1))
            .Build();
        ((ObjectType)schema.GetType("Query")!).Fields.Select(f => f.Name).Should().Equal("hello", "extra");
    }

    [Fact]
    public void Custom_root_names_come_from_the_schema_definition()
    {
        var schema = new SchemaBuilder().Sdl("schema { query: Root mutation: Change } type Root { a: Int } type Change { b: Int }").Build();
        schema.Query.Name.Should().Be("Root");
        schema.Mutation!.Name.Should().Be("Change");
        schema.Subscription.Should().BeNull();
    }
}
