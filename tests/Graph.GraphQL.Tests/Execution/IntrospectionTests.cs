using Graph.GraphQL.Execution;

namespace Graph.GraphQL.Tests.Execution;

public class IntrospectionTests
{
    private readonly TestApi _api = new();

    [Fact]
    public async Task Describes_the_schema_roots_and_directives()
    {
        var json = await _api.Run("{ __schema { queryType { name } mutationType { name } subscriptionType { name } directives { name isRepeatable locations args { name defaultValue } } } }");
        json.Should().StartWith("""{"data":{"__schema":{"queryType":{"name":"Query"},"mutationType":{"name":"Mutation"},"subscriptionType":{"name":"Subscription"},"directives":[{"name":"include","isRepeatable":false,"locations":["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"],"args":[{"name":"if","defaultValue":null}]}""");
        json.Should().Contain("""{"name":"deprecated","isRepeatable":false,"locations":["FIELD_DEFINITION","ARGUMENT_DEFINITION","INPUT_FIELD_DEFINITION","ENUM_VALUE"],"args":[{"name":"reason","defaultValue":"\"No longer supported\""}]}""");
        json.Should().Contain("""{"name":"specifiedBy","isRepeatable":false,"locations":["SCALAR"],"args":[{"name":"url","defaultValue":null}]}""");
    }

    [Fact]
    public async Task Describes_an_object_type_with_wrapped_types_and_arguments()
    {
        var json = await _api.Run("""{ __type(name: "User") { kind name fields { name args { name } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } interfaces { name } possibleTypes { name } enumValues { name } inputFields { name } } }""");
        json.Should().Contain("""{"name":"friends","args":[],"type":{"kind":"LIST","name":null,"ofType":{"kind":"NON_NULL","name":null,"ofType":{"kind":"OBJECT","name":"User","ofType":null}}}}""");
        json.Should().Contain("""{"name":"id","args":[],"type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"SCALAR","name":"ID","ofType":null}}}""");
        json.Should().EndWith("\"interfaces\":[],\"possibleTypes\":null,\"enumValues\":null,\"inputFields\":null}}}");
    }

    [Fact]
    public async Task Deprecated_values_are_hidden_unless_asked_for()
    {
        (await _api.Run("""{ __type(name: "Color") { enumValues { name } all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason description } } }"""))
            .Should().Be("""{"data":{"__type":{"enumValues":[{"name":"RED"},{"name":"GREEN"}],"all":[{"name":"RED","isDeprecated":false,"deprecationReason":null,"description":null},{"name":"GREEN","isDeprecated":false,"deprecationReason":null,"description":"The colour of grass."},{"name":"BLUE","isDeprecated":true,"deprecationReason":"Too cold.","description":null}]}}}""");
    }

    [Fact]
    public async Task Describes_abstract_types_input_objects_scalars_and_defaults()
    {
        (await _api.Run("""{ thing: __type(name: "Thing") { kind possibleTypes { name } } item: __type(name: "Item") { kind possibleTypes { name } } input: __type(name: "EchoInput") { kind inputFields { name defaultValue } } date: __type(name: "DateTime") { kind specifiedByURL } missing: __type(name: "Nope") { name } }"""))
            .Should().Be("""{"data":{"thing":{"kind":"INTERFACE","possibleTypes":[{"name":"Box"},{"name":"Ball"}]},"item":{"kind":"UNION","possibleTypes":[{"name":"Box"},{"name":"Ball"}]},"input":{"kind":"INPUT_OBJECT","inputFields":[{"name":"a","defaultValue":null},{"name":"b","defaultValue":"\"x\""},{"name":"c","defaultValue":null}]},"date":{"kind":"SCALAR","specifiedByURL":"https://scalars.graphql.org/andimarek/date-time"},"missing":null}}""");
    }

    [Fact]
    public async Task Lists_every_type_including_introspection_types()
    {
        var json = await _api.Run("{ __schema { types { name } } }");
        foreach (var name in new[] { "Query", "User", "Color", "EchoInput", "String", "Boolean", "ID", "Int", "DateTime", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation" })
        {
            json.Should().Contain($"{{\"name\":\"{name}\"}}");
        }
        json.Should().NotContain("\"Float\"", "no field uses Float, so it is not in the schema");
    }

    [Fact]
    public async Task Argument_defaults_are_printed_as_literals()
    {
        (await _api.Run("""{ __type(name: "Query") { fields { name args { name defaultValue } } } }"""))
            .Should().Contain("""{"name":"echo","args":[{"name":"input","defaultValue":null},{"name":"list","defaultValue":null},{"name":"color","defaultValue":"GREEN"},{"name":"when","defaultValue":null}]}""");
    }
}
