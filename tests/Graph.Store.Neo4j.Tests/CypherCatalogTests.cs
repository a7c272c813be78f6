using Graph.Store.Neo4j.Cypher;

namespace Graph.Store.Neo4j.Tests;

public sealed class CypherCatalogTests
{
    [Fact]
    public void Every_file_under_cypher_is_embedded_and_every_embedded_statement_is_used()
    {
        var onDisk = Directory.EnumerateFiles(Graph.TestSupport.RepoPaths.InRepo("cypher"), "*.cypher", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Graph.TestSupport.RepoPaths.InRepo("cypher"), f).Replace('\\', '/')[..^".cypher".Length])
            .Where(name => !name.StartsWith("browser/", StringComparison.Ordinal)) // the Neo4j Browser kit: for people, not the adapter
            .Order(StringComparer.Ordinal)
            .ToList();
        var catalog = CypherCatalog.Embedded;
        catalog.Names.Order(StringComparer.Ordinal).Should().Equal(onDisk);

        var used = new Neo4jStatements(catalog).All().Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        used.UnionWith(["admin/create-database", "admin/drop-database"]);
        catalog.Names.Should().BeSubsetOf(used, "a Cypher file nothing runs is dead code");
    }

    [Fact]
    public void Statements_are_sent_as_the_files_say()
    {
        var file = File.ReadAllText(Graph.TestSupport.RepoPaths.InRepo("cypher", "queries", "counts.cypher")).Trim();

        CypherCatalog.Embedded.Get("queries/counts").Text.Should().Be(file);
    }

    [Fact]
    public void Schema_statements_come_in_file_order_and_are_idempotent()
    {
        var schema = CypherCatalog.Embedded.Schema;

        schema.Select(s => s.Name).Should().BeInAscendingOrder(StringComparer.Ordinal).And.HaveCountGreaterThan(5);
        schema.Should().OnlyContain(s => s.Text.Contains("IF NOT EXISTS", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_statement_is_a_clear_error()
    {
        var act = () => CypherCatalog.Embedded.Get("queries/nope");

        act.Should().Throw<KeyNotFoundException>().WithMessage("*cypher/queries/nope.cypher*");
    }
}
