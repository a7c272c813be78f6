using Graph.GraphQL.Language;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests.Types;

public class ScalarTests
{
    private readonly DateTimeScalar _dateTime = new();

    [Theory]
    [InlineData("2024-05-01T12:30:00Z", "2024-05-01T12:30:00Z")]
    [InlineData("2024-05-01T14:30:00+02:00", "2024-05-01T12:30:00Z")]
    [InlineData("2024-05-01T12:30:00.25Z", "2024-05-01T12:30:00.25Z")]
    public void DateTime_reads_rfc3339_and_writes_utc(string input, string output) =>
        _dateTime.Serialize(_dateTime.ParseValue(input)).Should().Be(output);

    [Theory]
    [InlineData("2024-05-01")]
    [InlineData("2024-05-01T12:30:00")]
    [InlineData("yesterday")]
    public void DateTime_refuses_anything_but_a_full_date_time(string input)
    {
        var act = () => _dateTime.ParseValue(input);
        act.Should().Throw<ScalarCoercionException>().WithMessage("DateTime cannot represent an invalid date-time string: *");
    }

    [Fact]
    public void DateTime_literals_must_be_strings()
    {
        var act = () => _dateTime.ParseLiteral(Parser.ParseValue("20240501"));
        act.Should().Throw<ScalarCoercionException>().WithMessage("DateTime cannot represent a non string value: 20240501");
        _dateTime.SpecifiedByUrl.Should().StartWith("https://");
    }

    [Theory]
    [InlineData(1.0, 1)]
    [InlineData(true, 1)]
    [InlineData("7", 7)]
    public void Int_serializes_what_graphql_js_accepts(object value, int expected) => BuiltInScalars.Int.Serialize(value).Should().Be(expected);

    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData(3_000_000_000L, "Int cannot represent non 32-bit signed integer value: 3000000000")]
    [InlineData("x", "Int cannot represent non-integer value: \"x\"")]
    public void Int_refuses_what_it_cannot_represent(object value, string message)
    {
        var act = () => BuiltInScalars.Int.Serialize(value);
        act.Should().Throw<ScalarCoercionException>().WithMessage(message);
    }

    [Fact]
    public void Id_accepts_strings_and_integers_as_input_and_writes_strings()
    {
        BuiltInScalars.ID.ParseValue(12L).Should().Be("12");
        BuiltInScalars.ID.ParseLiteral(Parser.ParseValue("12")).Should().Be("12");
        BuiltInScalars.ID.Serialize(5).Should().Be("5");
        var act = () => BuiltInScalars.ID.ParseValue(1.5);
        act.Should().Throw<ScalarCoercionException>();
    }

    [Fact]
    public void Float_and_boolean_and_string_follow_the_spec()
    {
        BuiltInScalars.Float.ParseLiteral(Parser.ParseValue("3")).Should().Be(3.0);
        BuiltInScalars.Boolean.Serialize(0).Should().Be(false);
        BuiltInScalars.String.Serialize(true).Should().Be("true");
        var act = () => BuiltInScalars.String.ParseValue(1L);
        act.Should().Throw<ScalarCoercionException>().WithMessage("String cannot represent a non string value: 1");
    }
}
