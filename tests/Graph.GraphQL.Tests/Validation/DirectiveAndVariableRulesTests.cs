namespace Graph.GraphQL.Tests.Validation;

/// <summary>§5.7 directives and §5.8 variables.</summary>
public class DirectiveAndVariableRulesTests
{
    [Fact]
    public void Directives_must_be_defined() => ValidationAssert.Errors(
        "{ dog @unknown(directive: \"value\") { name } }",
        ("Unknown directive \"@unknown\".", "1:7"));

    [Fact]
    public void Directives_must_be_in_valid_locations() => ValidationAssert.Errors(
        "query Foo @include(if: true) { dog @onQuery { name } }",
        ("Directive \"@include\" may not be used on QUERY.", "1:11"),
        ("Directive \"@onQuery\" may not be used on FIELD.", "1:36"));

    [Fact]
    public void Directives_are_unique_per_location_unless_repeatable() => ValidationAssert.Errors(
        "{ dog { name @repeatable @repeatable @onField @onField } }",
        ("The directive \"@onField\" can only be used once at this location.", "1:38, 1:47"));

    [Fact]
    public void Variables_are_unique() => ValidationAssert.Errors(
        "query ($a: Boolean, $a: Boolean) { dog { isHouseTrained(atOtherHomes: $a) } }",
        ("There can be only one variable named \"$a\".", "1:9, 1:22"));

    [Fact]
    public void Variables_are_input_types() => ValidationAssert.Errors(
        "query ($cat: Cat, $dog: [Dog!]) { dog { name } }",
        ("Variable \"$cat\" cannot be non-input type \"Cat\".", "1:14"),
        ("Variable \"$dog\" cannot be non-input type \"[Dog!]\".", "1:25"),
        ("Variable \"$cat\" is never used.", "1:8"),
        ("Variable \"$dog\" is never used.", "1:19"));

    [Fact]
    public void Variable_uses_must_be_defined_through_fragments() => ValidationAssert.Errors(
        "query Q { dog { ...F } }\nfragment F on Dog { isHouseTrained(atOtherHomes: $atOtherHomes) }",
        ("Variable \"$atOtherHomes\" is not defined by operation \"Q\".", "2:50, 1:1"));

    [Fact]
    public void Variables_must_be_used() => ValidationAssert.Errors(
        "query Q($atOtherHomes: Boolean) { dog { isHouseTrained } }",
        ("Variable \"$atOtherHomes\" is never used in operation \"Q\".", "1:9"));

    [Fact]
    public void Variables_must_fit_their_positions() => ValidationAssert.Errors(
        "query ($intArg: Int, $b: Boolean) { arguments { booleanArgField(booleanArg: $intArg) nonNullBooleanArgField(nonNullBooleanArg: $b) } }",
        ("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Boolean\".", "1:8, 1:77"),
        ("Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\".", "1:22, 1:128"));

    [Fact]
    public void Nullable_variables_with_defaults_fit_non_null_positions() => ValidationAssert.Valid(
        "query ($b: Boolean = true, $c: Boolean) { arguments { nonNullBooleanArgField(nonNullBooleanArg: $b) optionalNonNullBooleanArgField(optionalBooleanArg: $c) } }");

    [Fact]
    public void Introspection_nesting_is_limited() => ValidationAssert.Errors(
        "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
        ("Maximum introspection depth exceeded", "1:3"));
}
