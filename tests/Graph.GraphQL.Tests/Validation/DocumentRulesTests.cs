namespace Graph.GraphQL.Tests.Validation;

/// <summary>§5.1 documents and §5.2 operations.</summary>
public class DocumentRulesTests
{
    [Fact]
    public void Executable_definitions_only() => ValidationAssert.Errors(
        "query Foo { dog { name } }\ntype Cow { name: String }\nextend type Dog { color: String }\nschema { query: Query }",
        ("The \"Cow\" definition is not executable.", "2:1"),
        ("The \"Dog\" definition is not executable.", "3:1"),
        ("The schema definition is not executable.", "4:1"));

    [Fact]
    public void Operations_and_fragments_are_executable() =>
        ValidationAssert.Valid("query Foo { dog { ...Frag } }\nfragment Frag on Dog { name }");

    [Fact]
    public void Operation_names_are_unique() => ValidationAssert.Errors(
        "query Foo { dog { name } }\nmutation Foo { mutateDog { name } }",
        ("There can be only one operation named \"Foo\".", "1:7, 2:10"));

    [Fact]
    public void Distinct_operation_names_are_valid() =>
        ValidationAssert.Valid("query Foo { dog { name } }\nquery Bar { dog { name } }");

    [Fact]
    public void Anonymous_operation_must_be_alone() => ValidationAssert.Errors(
        "{ dog { name } }\nquery Foo { dog { name } }",
        ("This anonymous operation must be the only defined operation.", "1:1"));

    [Fact]
    public void Lone_anonymous_operation_is_valid() => ValidationAssert.Valid("{ dog { name } }");

    [Fact]
    public void Subscription_selects_a_single_root_field() => ValidationAssert.Errors(
        "subscription Sub { newMessage { body } disallowedSecondRootField }",
        ("Subscription \"Sub\" must select only one top level field.", "1:40"));

    [Fact]
    public void Subscription_root_fields_are_counted_through_fragments() => ValidationAssert.Errors(
        "subscription { ...F }\nfragment F on Subscription { newMessage { body } disallowedSecondRootField }",
        ("Anonymous Subscription must select only one top level field.", "2:50"));

    [Fact]
    public void Subscription_must_not_select_introspection() => ValidationAssert.Errors(
        "subscription Sub { __typename }",
        ("Subscription \"Sub\" must not select an introspection top level field.", "1:20"));

    [Fact]
    public void Single_field_subscription_is_valid() => ValidationAssert.Valid("subscription Sub { newMessage { body sender } }");
}
