using Graph.GraphQL.Types;
using Graph.Store.Sqlite;
using Graph.TestSupport;

namespace Graph.Api.Tests;

/// <summary>
/// schema.graphql at the repository root is the API's contract: this test fails when the code's schema and the file
/// disagree. After an intended change, run the tests once with GRAPH_UPDATE_SCHEMA=1 to rewrite the file, and review its diff.
/// </summary>
public sealed class SchemaFileTests
{
    [Fact]
    public async Task The_committed_schema_graphql_is_the_schema_the_code_builds()
    {
        var folder = Directory.CreateTempSubdirectory("graph-schema-").FullName;
        string printed;
        await using (var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = Path.Combine(folder, "graph.db") }))
        {
            printed = SchemaPrinter.Print(GraphSchema.Build(new GraphApiServices { Store = store }));
        }
        Directory.Delete(folder, recursive: true);

        var path = RepoPaths.InRepo("schema.graphql");
        if (Environment.GetEnvironmentVariable("GRAPH_UPDATE_SCHEMA") == "1")
        {
            await File.WriteAllTextAsync(path, printed);
        }

        File.Exists(path).Should().BeTrue("schema.graphql is committed at the repository root");
        var committed = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");
        committed.Should().Be(printed.ReplaceLineEndings("\n"),
            "the code's schema changed; if that was intended, run the tests with GRAPH_UPDATE_SCHEMA=1 and commit schema.graphql");
    }
}
