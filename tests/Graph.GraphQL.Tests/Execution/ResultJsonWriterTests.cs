using Graph.GraphQL.Execution;

namespace Graph.GraphQL.Tests.Execution;

public class ResultJsonWriterTests
{
    [Fact]
    public async Task Keeps_selection_order_and_writes_text_readably()
    {
        var api = new TestApi();
        var fields = string.Join(' ', Enumerable.Range(0, 30).Select(i => $"f{29 - i}: hello(name: \"é{i}<&>\")"));
        var json = await api.Run("{ " + fields + " }");
        json.Should().StartWith("{\"data\":{\"f29\":\"Hello, é0<&>!\",\"f28\":\"Hello, é1<&>!\"");
        json.Should().EndWith("\"f0\":\"Hello, é29<&>!\"}}");
    }

    [Fact]
    public void Reads_json_variables_into_plain_values()
    {
        var values = JsonInput.ParseObject("""{"a": 1, "b": 2.5, "c": "s", "d": [true, null], "e": {"f": false}}""")!;
        values["a"].Should().Be(1L);
        values["b"].Should().Be(2.5);
        values["c"].Should().Be("s");
        ((List<object?>)values["d"]!).Should().Equal(true, null);
        ((Dictionary<string, object?>)values["e"]!)["f"].Should().Be(false);
        JsonInput.ParseObject(null).Should().BeNull();
        JsonInput.ParseObject("null").Should().BeNull();
    }
}
