namespace Graph.GraphQL.Tests.Validation;

/// <summary>§5.4 arguments.</summary>
public class ArgumentRulesTests
{
    [Fact]
    public void Known_arguments_are_valid() =>
        ValidationAssert.Valid("{ dog { doesKnowCommand(dogCommand: SIT) isHouseTrained(atOtherHomes: true) @include(if: true) } }");

    [Fact]
    public void Unknown_field_arguments_are_reported() => ValidationAssert.Errors(
        "{ dog { doesKnowCommand(dogcommand: SIT) } }",
        ("Unknown argument \"dogcommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", "1:25"),
        ("Field \"doesKnowCommand\" argument \"dogCommand\" of type \"DogCommand!\" is required, but it was not provided.", "1:9"));

    [Fact]
    public void Unknown_directive_arguments_are_reported_once() => ValidationAssert.Errors(
        "{ dog { name @skip(iff: true) } }",
        ("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", "1:20"),
        ("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", "1:14"));

    [Fact]
    public void Arguments_are_unique() => ValidationAssert.Errors(
        "{ dog { isHouseTrained(atOtherHomes: true, atOtherHomes: false) } }",
        ("There can be only one argument named \"atOtherHomes\".", "1:24, 1:44"));

    [Fact]
    public void Required_arguments_must_be_given() => ValidationAssert.Errors(
        "{ arguments { multipleRequirements(x: 1) } }",
        ("Field \"multipleRequirements\" argument \"y\" of type \"Int!\" is required, but it was not provided.", "1:15"));

    [Fact]
    public void Arguments_with_defaults_may_be_omitted() =>
        ValidationAssert.Valid("{ arguments { optionalNonNullBooleanArgField booleanArgField } complicatedArgs { nonNullFieldWithDefault multipleOpts } }");

    [Fact]
    public void Null_for_a_required_argument_is_wrong_type() => ValidationAssert.Errors(
        "{ arguments { nonNullBooleanArgField(nonNullBooleanArg: null) } }",
        ("Expected value of type \"Boolean!\", found null.", "1:57"));
}
