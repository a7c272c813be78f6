using System.Globalization;
using Graph.Core.Ontology;
using Graph.Store.Neo4j.Cypher;
using Graph.Store.Neo4j.Http;
using Graph.Store.Rules;

namespace Graph.Store.Neo4j.Writing;

/// <summary>
/// The entity-level bookkeeping every write shares, inside one transaction: creating entities with free ids,
/// re-deriving names, ids and aliases from mentions, moving statements when an id changes, rebuilding the aggregated
/// relations a change touched, and removing entities nothing supports.
/// </summary>
internal sealed class EntityUpkeep(QueryTransaction tx, Neo4jStatements cypher, GraphOntology ontology, CancellationToken ct)
{
    /// <summary>Creates an entity named <paramref name="name"/> and returns its id.</summary>
    public async Task<string> CreateAsync(string type, string name)
    {
        var id = await FreeIdAsync(type, name, self: null);
        var names = EntityNaming.Derive(type, name, [], []);
        await tx.RunAsync(cypher.CreateEntities, Parameters.Of(("rows", new[]
        {
            Parameters.Of(("id", id), ("type", type), ("label", EntityLabels.For(ontology, type)), ("name", name), ("nameKey", names.NameKey), ("lastToken", names.LastToken)),
        })), ct);
        return id;
    }

    /// <summary>
    /// Brings each entity's name, id, aliases and search text in line with its mentions; a curated entity keeps its
    /// name and id. Then, unless <paramref name="orderKeys"/> is false (a refresh before the article's statements are
    /// written, which a later refresh follows), the listing sort keys of each. Returns each given id's id now (an entity
    /// that does not exist maps to itself).
    /// </summary>
    public async Task<Dictionary<string, string>> RefreshAsync(IEnumerable<string> ids, bool orderKeys = true)
    {
        var distinct = ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var now = distinct.ToDictionary(id => id, id => id, StringComparer.Ordinal);
        if (distinct.Count == 0)
        {
            return now;
        }

        var rows = (await tx.RunAsync(cypher.EntityMentions, Parameters.Of(("ids", distinct)), ct)).Records;
        foreach (var row in rows)
        {
            var id = row.GetString("id");
            var type = row.GetString("type");
            var mentions = row.GetRecords("mentions")
                .Select(m => new Mention(m.GetString("name"), m.GetString("key"), m.GetInt64("tokens"), m.GetInt64("seq"), m.GetStrings("aliases")))
                .ToList();
            var curated = row.Has("curated") && row.GetBoolean("curated");
            var name = curated ? row.GetString("name") : EntityNaming.FullestName(mentions) ?? row.GetString("name");
            var newId = curated || name == row.GetString("name") ? id : await FreeIdAsync(type, name, self: id);
            var names = EntityNaming.Derive(type, name, mentions, row.GetStrings("manualAliases"));

            // Statements move before the node is renamed: stale relations are found by the old id, then rebuilt under the new one.
            var moved = newId == id ? [] : await MoveStatementsAsync(id, newId);
            await tx.RunAsync(cypher.SetEntityNames, Parameters.Of(("rows", new[]
            {
                Parameters.Of(("id", id), ("newId", newId), ("name", names.Name), ("nameKey", names.NameKey), ("lastToken", names.LastToken),
                    ("aliases", names.Aliases), ("aliasKeys", names.AliasKeys), ("searchText", names.SearchText)),
            })), ct);
            await RefreshRelationsAsync(moved);
            now[id] = newId;
        }

        if (orderKeys)
        {
            await tx.RunAsync(cypher.SetEntityOrder, Parameters.Of(("ids", now.Values.Distinct(StringComparer.Ordinal).ToList())), ct);
        }

        return now;
    }

    /// <summary>
    /// Points every statement naming <paramref name="fromId"/> at <paramref name="toId"/> and removes the relations
    /// that lost their support. Returns the relations to rebuild once <paramref name="toId"/> exists.
    /// </summary>
    public async Task<IReadOnlyCollection<RelationKey>> MoveStatementsAsync(string fromId, string toId)
    {
        var statements = (await tx.RunAsync(cypher.StatementsOfEntity, Parameters.Of(("id", fromId)), ct)).Records;
        var old = new HashSet<RelationKey>();
        var fresh = new HashSet<RelationKey>();
        var rows = new List<Dictionary<string, object?>>();
        foreach (var s in statements)
        {
            if (RelationKey.TryParse(s.GetString("relationId"), out var oldKey))
            {
                old.Add(oldKey);
            }

            var subject = s.GetString("subjectId") == fromId ? toId : s.GetString("subjectId");
            var @object = s.GetString("objectId") == fromId ? toId : s.GetString("objectId");
            var key = RelationKey.Of(ontology, subject, s.GetString("type"), @object);
            fresh.Add(key);
            rows.Add(Parameters.Of(("id", s.GetString("id")), ("subjectId", subject), ("objectId", @object), ("relationId", key.Id)));
        }

        if (rows.Count > 0)
        {
            await tx.RunAsync(cypher.SetStatementEnds, Parameters.Of(("rows", rows)), ct);
            await DeleteUnsupportedRelationsAsync(old);
        }

        return fresh;
    }

    /// <summary>Recomputes the given relations from their statements, removing those left without support.</summary>
    public async Task RebuildRelationsAsync(IEnumerable<RelationKey> keys)
    {
        var list = keys.Distinct().ToList();
        await DeleteUnsupportedRelationsAsync(list);
        await RefreshRelationsAsync(list);
    }

    /// <summary>Deletes the entities among <paramref name="ids"/> no article mentions and nobody curated.</summary>
    public async Task DeleteUnsupportedAsync(IEnumerable<string> ids)
    {
        var list = ids.Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > 0)
        {
            await tx.RunAsync(cypher.DeleteUnmentionedEntities, Parameters.Of(("ids", list)), ct);
        }
    }

    private async Task DeleteUnsupportedRelationsAsync(IReadOnlyCollection<RelationKey> keys)
    {
        if (keys.Count > 0)
        {
            await tx.RunAsync(cypher.DeleteUnsupportedRelations, Parameters.Of(("relations", keys.Select(k => k.Row(ontology)).ToList())), ct);
        }
    }

    private async Task RefreshRelationsAsync(IReadOnlyCollection<RelationKey> keys)
    {
        if (keys.Count > 0)
        {
            await tx.RunAsync(cypher.RefreshRelations, Parameters.Of(("relations", keys.Select(k => k.Row(ontology)).ToList())), ct);
        }
    }

    /// <summary>The first of <c>type:key</c>, <c>type:key-2</c>, … that no live or merged-away entity holds (<paramref name="self"/> excepted).</summary>
    private async Task<string> FreeIdAsync(string type, string name, string? self)
    {
        var stem = EntityNaming.IdStem(type, name);
        for (var start = 1; ; start += 16)
        {
            var candidates = Enumerable.Range(start, 16)
                .Select(n => n == 1 ? stem : stem + "-" + n.ToString(CultureInfo.InvariantCulture))
                .ToList();
            var taken = (await tx.RunAsync(cypher.TakenIds, Parameters.Of(("ids", candidates)), ct)).Records
                .Where(r => r.GetBoolean("taken"))
                .Select(r => r.GetString("id"))
                .ToHashSet(StringComparer.Ordinal);
            var free = candidates.FirstOrDefault(c => c == self || !taken.Contains(c));
            if (free is not null)
            {
                return free;
            }
        }
    }
}
