namespace Graph.GraphQL.Tests.Validation;

/// <summary>§5.3 fields.</summary>
public class FieldRulesTests
{
    [Fact]
    public void Fields_must_exist_on_the_type() => ValidationAssert.Errors(
        "{ dog { meowVolume barkVolume: kawVolume } }",
        ("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", "1:9"),
        ("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", "1:20"));

    [Fact]
    public void Fields_on_abstract_types_suggest_fragments() => ValidationAssert.Errors(
        "{ dogOrHuman { name } }",
        ("Cannot query field \"name\" on type \"DogOrHuman\". Did you mean to use an inline fragment on \"Sentient\", \"Human\", \"Pet\", or \"Dog\"?", "1:16"));

    [Fact]
    public void Interface_fields_and_typename_are_valid() =>
        ValidationAssert.Valid("{ pet { name __typename } catOrDog { __typename ... on Dog { barkVolume } } }");

    [Fact]
    public void Meta_fields_only_on_the_query_root() => ValidationAssert.Errors(
        "{ __schema { queryType { name } } dog { __schema { types { name } } } }",
        ("Cannot query field \"__schema\" on type \"Dog\".", "1:41"));

    [Fact]
    public void Leaf_fields_must_not_have_selections() => ValidationAssert.Errors(
        "{ dog { barkVolume { sinceWhen } } }",
        ("Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields.", "1:20"));

    [Fact]
    public void Composite_fields_must_have_selections() => ValidationAssert.Errors(
        "{ human { pets } }",
        ("Field \"pets\" of type \"[Pet!]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", "1:11"));

    [Fact]
    public void Identical_fields_merge() =>
        ValidationAssert.Valid("{ dog { name name otherName: name otherName: name doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) } }");

    [Fact]
    public void Different_fields_under_one_name_conflict() => ValidationAssert.Errors(
        "{ dog { name: nickname name } }",
        ("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", "1:9, 1:24"));

    [Fact]
    public void Differing_arguments_conflict() => ValidationAssert.Errors(
        "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }",
        ("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", "1:9, 1:42"));

    [Fact]
    public void Argument_order_in_objects_does_not_matter() => ValidationAssert.Valid(
        "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1 }) complexArgField(complexArg: { intField: 1, requiredField: true }) } }");

    [Fact]
    public void Fields_on_exclusive_object_types_may_differ() =>
        ValidationAssert.Valid("{ pet { ... on Dog { volume: barkVolume } ... on Cat { volume: meowVolume } } }");

    [Fact]
    public void Conflicting_return_types_conflict_even_when_exclusive() => ValidationAssert.Errors(
        "{ pet { ... on Dog { someValue: nickname } ... on Cat { someValue: meowVolume } } }",
        ("Fields \"someValue\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", "1:22, 1:57"));

    [Fact]
    public void Nested_conflicts_are_reported_on_the_outer_fields() => ValidationAssert.Errors(
        "{ field: dog { x: name y: barkVolume } field: dog { x: nickname y: name } }",
        ("Fields \"field\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and subfields \"y\" conflict because \"barkVolume\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
            "1:3, 1:16, 1:24, 1:40, 1:53, 1:65"));

    [Fact]
    public void Conflicts_through_fragments_are_found() => ValidationAssert.Errors(
        "{ dog { ...A ...B } }\nfragment A on Dog { x: name }\nfragment B on Dog { x: barkVolume }",
        ("Fields \"x\" conflict because \"name\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", "2:21, 3:21"));
}
