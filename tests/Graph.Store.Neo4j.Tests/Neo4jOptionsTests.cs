namespace Graph.Store.Neo4j.Tests;

public sealed class Neo4jOptionsTests
{
    private static Dictionary<string, string?> Good() => new()
    {
        ["NEO4J_URI"] = "http://localhost:7474",
        ["NEO4J_USER"] = "neo4j",
        ["NEO4J_PASSWORD"] = TestOptions.Password,
        ["NEO4J_DATABASE"] = "news",
    };

    private static Neo4jOptions Read(Dictionary<string, string?> variables) =>
        Neo4jOptions.FromVariables(name => variables.TryGetValue(name, out var value) ? value : null);

    [Fact]
    public void Good_settings_are_read()
    {
        var options = Read(Good());

        options.BaseUri.Should().Be(new Uri("http://localhost:7474/"));
        options.User.Should().Be("neo4j");
        options.Database.Should().Be("news");
        options.ToString().Should().NotContain(TestOptions.Password);
    }

    [Fact]
    public void The_database_defaults_to_neo4j()
    {
        var variables = Good();
        variables.Remove("NEO4J_DATABASE");

        Read(variables).Database.Should().Be("neo4j");
    }

    [Theory]
    [InlineData("NEO4J_URI", null, "NEO4J_URI is not set")]
    [InlineData("NEO4J_URI", "localhost:7474/x y", "NEO4J_URI")]
    [InlineData("NEO4J_URI", "bolt://localhost:7687", "Bolt scheme")]
    [InlineData("NEO4J_URI", "ftp://localhost", "expected http or https")]
    [InlineData("NEO4J_USER", "", "NEO4J_USER is not set")]
    [InlineData("NEO4J_PASSWORD", null, "NEO4J_PASSWORD is not set")]
    [InlineData("NEO4J_DATABASE", "news; DROP", "NEO4J_DATABASE")]
    public void A_missing_or_bad_setting_is_named(string variable, string? value, string expected)
    {
        var variables = Good();
        variables[variable] = value;

        var act = () => Read(variables);

        var error = act.Should().Throw<Neo4jConfigurationException>().Which;
        error.Setting.Should().Be(variable);
        error.Message.Should().Contain(expected);
        error.Message.Should().NotContain(TestOptions.Password);
    }

    [Fact]
    public void Credentials_in_the_uri_are_refused_without_echoing_them()
    {
        var variables = Good();
        variables["NEO4J_URI"] = $"http://neo4j:{TestOptions.Password}@localhost:7474";

        var act = () => Read(variables);

        var error = act.Should().Throw<Neo4jConfigurationException>().Which;
        error.Setting.Should().Be("NEO4J_URI");
        error.ToString().Should().NotContain(TestOptions.Password);
    }
}
