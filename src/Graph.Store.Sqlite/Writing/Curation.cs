using Graph.Core.Names;
using Graph.Core.Ontology;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Writing;

/// <summary>
/// Manual curation. A curated entity (one with a manual alias, or one another was merged into) stays even when
/// no article mentions it any more, and keeps its name and id: a person typed that in.
/// </summary>
/// <remarks>
/// A merge moves the merged entity's mentions, aliases (with their provenance) and statements to the kept entity and
/// records the merge in <c>entity_merge</c>, so later articles naming the merged entity resolve to the kept one.
/// To reverse a merge: delete its <c>entity_merge</c> row (SQL or a future command), then retract and put again the
/// articles that mention the kept entity; they resolve afresh without the redirect. The merged id is never reused.
/// </remarks>
internal sealed class Curation(SqlSession db, GraphOntology ontology, TimeProvider clock)
{
    private readonly EntityMaintenance entities = new(db, ontology, new RelationAggregates(db));

    public void Merge(string keptId, string mergedId)
    {
        if (keptId == mergedId)
        {
            throw new ArgumentException($"cannot merge entity '{keptId}' into itself", nameof(mergedId));
        }

        var kept = TypeAndName(keptId) ?? throw new EntityNotFoundException(keptId);
        var merged = TypeAndName(mergedId) ?? throw new EntityNotFoundException(mergedId);
        if (kept.Type != merged.Type)
        {
            throw new ArgumentException($"cannot merge {merged.Type} '{mergedId}' into {kept.Type} '{keptId}': the types differ", nameof(mergedId));
        }

        db.Execute(
            "INSERT INTO entity_merge (merged_id, kept_id, type, name, name_key, merged_ticks) VALUES ($p0, $p1, $p2, $p3, $p4, $p5)",
            mergedId, keptId, merged.Type, merged.Name, NameKey.Of(merged.Name), clock.GetUtcNow().UtcTicks);
        db.Execute("UPDATE entity_merge SET kept_id = $p1 WHERE kept_id = $p0", mergedId, keptId);
        db.Execute("UPDATE mention SET entity_n = $p1 WHERE entity_n = $p0", merged.N, kept.N);
        db.Execute("UPDATE OR IGNORE alias SET entity_n = $p1 WHERE entity_n = $p0", merged.N, kept.N);
        entities.MoveStatements(merged.N, kept.N);
        entities.Delete(merged.N);
        entities.RebuildNames(kept.N);
        db.Execute("UPDATE entity SET curated = 1 WHERE n = $p0", kept.N);
        entities.Recount(kept.N);
        entities.RefreshSearchRow(kept.N);
    }

    public void AddAlias(string entityId, string alias)
    {
        if (string.IsNullOrWhiteSpace(alias) || NameKey.Of(alias).Length == 0)
        {
            throw new ArgumentException($"alias '{alias}' has no letters or digits", nameof(alias));
        }

        var entity = TypeAndName(entityId) ?? throw new EntityNotFoundException(entityId);
        db.Execute("INSERT OR IGNORE INTO alias (entity_n, alias_key, alias) VALUES ($p0, $p1, $p2)", entity.N, NameKey.Of(alias), alias.Trim());
        entities.RebuildNames(entity.N);
        db.Execute("UPDATE entity SET curated = 1 WHERE n = $p0", entity.N);
        entities.RefreshSearchRow(entity.N);
    }

    private (long N, string Type, string Name)? TypeAndName(string id) =>
        db.Rows("SELECT n, type, name FROM entity WHERE id = $p0", r => (N: r.Int64(0), Type: r.Text(1), Name: r.Text(2)), id) is [var row] ? row : null;
}
