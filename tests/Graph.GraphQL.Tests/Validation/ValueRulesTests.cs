namespace Graph.GraphQL.Tests.Validation;

/// <summary>§5.6 values.</summary>
public class ValueRulesTests
{
    [Fact]
    public void Literals_of_the_right_type_are_valid() => ValidationAssert.Valid(
        "{ complicatedArgs { intArgField(intArg: 2) floatArgField(floatArg: 1) idArgField(idArg: 1) enumArgField(enumArg: DOWN) stringListArgField(stringListArg: \"single\") complexArgField(complexArg: { requiredField: true, stringListField: [\"a\", null] }) } }");

    [Theory]
    [InlineData("intArgField(intArg: \"3\")", "Int cannot represent non-integer value: \"3\"", "1:41")]
    [InlineData("intArgField(intArg: 3.5)", "Int cannot represent non-integer value: 3.5", "1:41")]
    [InlineData("intArgField(intArg: 2147483648)", "Int cannot represent non 32-bit signed integer value: 2147483648", "1:41")]
    [InlineData("stringArgField(stringArg: 1)", "String cannot represent a non string value: 1", "1:47")]
    [InlineData("booleanArgField(booleanArg: \"true\")", "Boolean cannot represent a non boolean value: \"true\"", "1:49")]
    [InlineData("idArgField(idArg: 1.0)", "ID cannot represent a non-string and non-integer value: 1.0", "1:39")]
    [InlineData("enumArgField(enumArg: \"SIT\")", "Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", "1:43")]
    [InlineData("enumArgField(enumArg: sit)", "Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", "1:43")]
    [InlineData("intArgField(intArg: [1])", "Int cannot represent non-integer value: [1]", "1:41")]
    public void Wrong_literals_are_reported(string field, string message, string location) =>
        ValidationAssert.Errors("{ complicatedArgs { " + field + " } }", (message, location));

    [Fact]
    public void Input_object_fields_must_exist() => ValidationAssert.Errors(
        "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, stringFeld: \"x\" }) } }",
        ("Field \"stringFeld\" is not defined by type \"ComplexInput\". Did you mean \"stringField\", \"intField\", or \"stringListField\"?", "1:72"));

    [Fact]
    public void Input_object_fields_are_unique() => ValidationAssert.Errors(
        "{ findDog(searchBy: { name: \"Fido\", name: \"Rex\" }) { name } }",
        ("There can be only one input field named \"name\".", "1:23, 1:37"));

    [Fact]
    public void Required_input_fields_must_be_given() => ValidationAssert.Errors(
        "{ complicatedArgs { complexArgField(complexArg: { intField: 4 }) } }",
        ("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", "1:49"));

    [Fact]
    public void Variable_defaults_are_checked() => ValidationAssert.Errors(
        "query ($a: Int = \"one\") { complicatedArgs { intArgField(intArg: $a) } }",
        ("Int cannot represent non-integer value: \"one\"", "1:18"));
}
