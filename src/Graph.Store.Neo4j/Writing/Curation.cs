using Graph.Core.Names;
using Graph.Core.Ontology;
using Graph.Store.Neo4j.Cypher;
using Graph.Store.Neo4j.Http;

namespace Graph.Store.Neo4j.Writing;

/// <summary>
/// Manual curation inside one transaction. A curated entity (one with a manual alias, or one another was merged into)
/// stays when no article mentions it and keeps its name and id. A merge leaves a redirect, so later articles naming the
/// merged entity resolve to the kept one; the merged id is never reused.
/// </summary>
internal sealed class Curation(QueryTransaction tx, Neo4jStatements cypher, GraphOntology ontology, TimeProvider clock, CancellationToken ct)
{
    private readonly EntityUpkeep entities = new(tx, cypher, ontology, ct);

    public async Task MergeAsync(string keptId, string mergedId)
    {
        if (keptId == mergedId)
        {
            throw new ArgumentException($"cannot merge entity '{keptId}' into itself", nameof(mergedId));
        }

        var found = (await tx.RunAsync(cypher.EntitiesById, Parameters.Of(("ids", new[] { keptId, mergedId })), ct)).Records
            .ToDictionary(r => r.GetString("id"), r => r.GetString("type"), StringComparer.Ordinal);
        var keptType = found.GetValueOrDefault(keptId) ?? throw new EntityNotFoundException(keptId);
        var mergedType = found.GetValueOrDefault(mergedId) ?? throw new EntityNotFoundException(mergedId);
        if (keptType != mergedType)
        {
            throw new ArgumentException($"cannot merge {mergedType} '{mergedId}' into {keptType} '{keptId}': the types differ", nameof(mergedId));
        }

        var moved = await entities.MoveStatementsAsync(mergedId, keptId);
        await tx.RunAsync(cypher.MergeEntity, Parameters.Of(("mergedId", mergedId), ("keptId", keptId), ("mergedAt", clock.GetUtcNow())), ct);
        await entities.RebuildRelationsAsync(moved);
        await entities.RefreshAsync([keptId]);
    }

    public async Task AddAliasAsync(string entityId, string alias)
    {
        if (string.IsNullOrWhiteSpace(alias) || NameKey.Of(alias).Length == 0)
        {
            throw new ArgumentException($"alias '{alias}' has no letters or digits", nameof(alias));
        }

        var exists = (await tx.RunAsync(cypher.EntitiesById, Parameters.Of(("ids", new[] { entityId })), ct)).Records.Count == 1;
        if (!exists)
        {
            throw new EntityNotFoundException(entityId);
        }

        await tx.RunAsync(cypher.AddManualAlias, Parameters.Of(("id", entityId), ("alias", alias.Trim())), ct);
        await entities.RefreshAsync([entityId]);
    }
}
