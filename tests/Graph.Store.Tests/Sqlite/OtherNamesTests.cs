using Graph.Store.Sqlite;
using Graph.Store.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Tests.Sqlite;

/// <summary>
/// Whole entities are read with the aliases their row carries (<c>entity.other_names</c>), which triggers keep in step
/// with the names table <c>entity_alias</c>. These cases reach the triggers the contract suite's histories do not: a
/// name given a smaller spelling (an update), and names taken away or moved to another entity by any writer.
/// </summary>
public sealed class OtherNamesTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_later_article_that_spells_an_alias_smaller_changes_the_alias_read_back()
    {
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = folder.NewFile("graph.db") });
        await store.PutArticleAsync(ArticleBuilder.Article("a1", day: 1).Entity("Anna Korvel", "PERSON", "the treasurer").Entity("Velmar Group", "ORGANIZATION")
            .Says("Anna Korvel", "CRITICIZED", "Velmar Group"));
        var id = (await store.FindEntitiesByNameAsync("Anna Korvel")).Single().Id;
        (await store.GetEntityAsync(id))!.Aliases.Should().Contain("the treasurer");

        // Same name key, a spelling that sorts first: the entity keeps one spelling per key, the smallest.
        await store.PutArticleAsync(ArticleBuilder.Article("a2", day: 2).Entity("Anna Korvel", "PERSON", "The Treasurer").Entity("Velmar Group", "ORGANIZATION")
            .Says("Anna Korvel", "PRAISED", "Velmar Group"));

        var aliases = (await store.GetEntityAsync(id))!.Aliases;
        aliases.Should().Contain("The Treasurer").And.NotContain("the treasurer");
        (await store.GetNeighborhoodAsync(new NeighborhoodQuery(id, 1))).Nodes.Single(n => n.Id == id).Aliases.Should().Equal(aliases);
    }

    [Fact]
    public async Task Aliases_with_quotes_backslashes_and_other_scripts_read_back_as_given()
    {
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = folder.NewFile("graph.db") });
        string[] given = ["the \"Iron\" Lady", @"back\slash", "Ангела", "mère", "東京"];
        await store.PutArticleAsync(ArticleBuilder.Article("q1", day: 1).Entity("Nadia Feroz", "PERSON", given).Entity("Halden Port", "LOCATION", "Хальден", "ハルデン", "Hålden")
            .Says("Nadia Feroz", "CRITICIZED", "Halden Port"));
        var id = (await store.FindEntitiesByNameAsync("Nadia Feroz")).Single().Id;

        var expected = given.Order(StringComparer.Ordinal).ToList();
        (await store.GetEntityAsync(id))!.Aliases.Should().Equal(expected);
        var nodes = (await store.GetNeighborhoodAsync(new NeighborhoodQuery(id, 1))).Nodes;
        nodes.Single(n => n.Id == id).Aliases.Should().Equal(expected);

        nodes.Single(n => n.Id != id).Aliases.Should().Equal(new[] { "Hålden", "Хальден", "ハルデン" }.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Names_removed_or_moved_by_any_writer_leave_every_row_equal_to_its_names()
    {
        var path = folder.NewFile("graph.db");
        await using (var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path }))
        {
            await store.PutArticleAsync(ArticleBuilder.Article("b1", day: 1).Entity("Bram Ostin", "PERSON", "the envoy").Entity("Mara Ames", "PERSON", "the mayor")
                .Says("Bram Ostin", "MET", "Mara Ames"));
        }

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        string? OtherNames(string id) => (string?)Scalar(connection, $"SELECT other_names FROM entity WHERE id = '{id}'");
        OtherNames("person:bram-ostin").Should().Be("""["the envoy"]""");

        Scalar(connection, "UPDATE entity_alias SET entity_n = (SELECT n FROM entity WHERE id = 'person:bram-ostin') WHERE alias = 'the mayor' RETURNING alias");
        OtherNames("person:bram-ostin").Should().Be("""["the envoy","the mayor"]""");
        OtherNames("person:mara-ames").Should().BeNull("no names but its own are left");

        Scalar(connection, "DELETE FROM entity_alias WHERE alias = 'the envoy' RETURNING alias");
        OtherNames("person:bram-ostin").Should().Be("""["the mayor"]""");
        Scalar(connection, "SELECT count(*) FROM entity e JOIN entity_other_names v ON v.n = e.n WHERE e.other_names IS NOT v.other_names").Should().Be(0L);
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }
}
