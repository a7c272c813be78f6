using Graph.Store.Neo4j.Cypher;
using Graph.Store.Neo4j.Http;

namespace Graph.Store.Neo4j.Writing;

/// <summary>
/// Gives the listing sort keys (writes/set-entity-order) to entities that lack them: those of a database written before
/// the keys existed, or filled by an import or a copy that does not set them. Writes keep the keys current after that.
/// </summary>
internal static class EntityOrderKeys
{
    private const int BatchSize = 2_000;

    /// <summary>Keys every unkeyed entity, a batch per implicit transaction; an entity that cannot be keyed (no type or name key) is an error naming it.</summary>
    public static async Task BackfillAsync(QueryApiClient client, Neo4jStatements cypher, CancellationToken ct)
    {
        var tried = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var ids = (await client.RunAsync(cypher.EntitiesWithoutOrder, Parameters.Of(("limit", BatchSize)), ct).ConfigureAwait(false)).Records
                .Select(r => r.GetString("id"))
                .ToList();
            if (ids.Count == 0)
            {
                return;
            }

            if (ids.FirstOrDefault(id => !tried.Add(id)) is { } stuck)
            {
                throw new InvalidOperationException($"entity '{stuck}' cannot be given listing sort keys: it lacks a type or a name key");
            }

            await client.RunAsync(cypher.SetEntityOrder, Parameters.Of(("ids", ids)), ct).ConfigureAwait(false);
        }
    }
}
