namespace Graph.GraphQL.Tests.Validation;

public class SmokeTests
{
    [Fact]
    public void Spec_example_query_is_valid() => ValidationAssert.Valid("""
        query getDogName { dog { name ... on Dog { barkVolume } owner { name } } }
        """);
}
