using Graph.Core.Names;
using Graph.Core.Ontology;
using Graph.Store.Rules;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Writing;

/// <summary>
/// The entity-level bookkeeping every write shares: creating entities, keeping mention counts and the
/// full-text rows current, removing entities nothing supports, and re-deriving an entity's name (and id)
/// when the article that named it no longer does.
/// </summary>
internal sealed class EntityMaintenance(SqlSession db, GraphOntology ontology, RelationAggregates relations)
{
    /// <summary>Inserts a new entity under the first free id for its name (the general write path; new articles' entities are pending, <see cref="PendingWrites"/>).</summary>
    public string Create(string type, string name)
    {
        var id = EntityIds.Free(db, type, name);
        var key = NameKey.Of(name);
        db.Execute(
            "INSERT INTO entity (id, type, name, name_key, last_token) VALUES ($p0, $p1, $p2, $p3, $p4)",
            id, type, name, key, EntityNameRules.LastToken(type, key));
        return id;
    }

    public void AddMentions(string id, long count)
    {
        if (count != 0)
        {
            db.Execute("UPDATE entity SET mention_count = mention_count + $p1 WHERE id = $p0", id, count);
        }
    }

    /// <summary>Mention count from scratch: statements naming the entity at either end (a self-loop once).</summary>
    public void Recount(string id) =>
        db.Execute(
            """
            UPDATE entity SET mention_count =
                (SELECT count(*) FROM statement WHERE rel_subject = $p0) +
                (SELECT count(*) FROM statement WHERE rel_object = $p0 AND rel_subject <> $p0)
            WHERE id = $p0
            """,
            id);

    /// <summary>Deletes the entity when no article mentions it and nobody curated it. True when it went.</summary>
    public bool DeleteIfUnsupported(string id)
    {
        var unsupported = db.Scalar<long>(
            "SELECT count(*) FROM entity e WHERE e.id = $p0 AND e.curated = 0 AND NOT EXISTS (SELECT 1 FROM mention m WHERE m.entity_id = e.id)",
            id) != 0;
        if (unsupported)
        {
            Delete(id);
        }

        return unsupported;
    }

    public void Delete(string id)
    {
        db.Execute("DELETE FROM entity_fts WHERE rowid = (SELECT n FROM entity WHERE id = $p0)", id);
        db.Execute("DELETE FROM alias WHERE entity_id = $p0", id);
        db.Execute("DELETE FROM entity_alias WHERE entity_id = $p0", id);
        db.Execute("DELETE FROM entity WHERE id = $p0", id);
    }

    /// <summary>
    /// An uncurated entity is named by its fullest current mention (most words; ties: the earliest article, then
    /// the name key), so its name and id depend on what the articles say now rather than on the order they came in;
    /// when that changed, the name and the id follow. Returns the id now.
    /// </summary>
    public string RefreshName(string id, int onlyIfFullerThan = 0)
    {
        var row = db.Strings("SELECT type || '|' || curated || '|' || (length(name_key) - length(replace(name_key, ' ', '')) + 1) || '|' || name FROM entity WHERE id = $p0", id);
        if (row.Count == 0)
        {
            return id;
        }

        var parts = row[0].Split('|', 4);
        var current = new { Type = parts[0], Curated = parts[1] != "0", Tokens = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture), Name = parts[3] };
        if (current.Curated || (onlyIfFullerThan > 0 && onlyIfFullerThan <= current.Tokens))
        {
            return id;
        }

        var name = db.Scalar<string>(
            "SELECT local_name FROM mention WHERE entity_id = $p0 ORDER BY tokens DESC, seq, local_key LIMIT 1",
            id);
        if (name is null || name == current.Name)
        {
            return id;
        }

        var key = NameKey.Of(name);
        var newId = EntityIds.Free(db, current.Type, name, self: id);
        db.Execute(
            "UPDATE entity SET id = $p1, name = $p2, name_key = $p3, last_token = $p4 WHERE id = $p0",
            id, newId, name, key, EntityNameRules.LastToken(current.Type, key));
        if (newId != id)
        {
            MoveStatements(id, newId);
        }

        return newId;
    }

    /// <summary>Points every statement naming <paramref name="fromId"/> at <paramref name="toId"/> and rebuilds the relations on both sides.</summary>
    public void MoveStatements(string fromId, string toId)
    {
        var rows = db.Query(
            """
            SELECT id, type, subject_id, object_id, rel_subject, rel_object FROM statement WHERE rel_subject = $p0
            UNION
            SELECT id, type, subject_id, object_id, rel_subject, rel_object FROM statement WHERE rel_object = $p0
            """,
            r => (Key: r.GetInt64(0), Type: r.GetString(1), Subject: r.GetString(2), Object: r.GetString(3), RelSubject: r.GetString(4), RelObject: r.GetString(5)),
            fromId);
        var touched = new HashSet<RelationKey>();
        foreach (var row in rows)
        {
            touched.Add(new RelationKey(row.RelSubject, row.Type, row.RelObject));
            var subject = row.Subject == fromId ? toId : row.Subject;
            var @object = row.Object == fromId ? toId : row.Object;
            var key = RelationKey.Of(ontology, subject, row.Type, @object);
            touched.Add(key);
            db.Execute(
                "UPDATE statement SET subject_id = $p1, object_id = $p2, rel_subject = $p3, rel_object = $p4 WHERE id = $p0",
                row.Key, subject, @object, key.Subject, key.Object);
        }

        relations.Rebuild(touched);
    }

    /// <summary>Records a name of the entity in its distinct names (keeping the smallest spelling). True when the key is new to it.</summary>
    public bool AddName(string id, string key, string name)
    {
        var stored = db.Scalar<string>("SELECT alias FROM entity_alias WHERE entity_id = $p0 AND alias_key = $p1", id, key);
        if (stored is null)
        {
            db.Execute("INSERT INTO entity_alias (entity_id, alias_key, alias) VALUES ($p0, $p1, $p2)", id, key, name);
            return true;
        }

        if (string.CompareOrdinal(name, stored) < 0)
        {
            db.Execute("UPDATE entity_alias SET alias = $p2 WHERE entity_id = $p0 AND alias_key = $p1", id, key, name);
        }

        return false;
    }

    /// <summary>Gives a name the entity already has (by key) a smaller spelling.</summary>
    public void Respell(string id, string key, string name) =>
        db.Execute("UPDATE entity_alias SET alias = $p2 WHERE entity_id = $p0 AND alias_key = $p1", id, key, name);

    /// <summary>Recomputes the entity's distinct names from the names articles and curators gave it.</summary>
    public void RebuildNames(string id)
    {
        db.Execute("DELETE FROM entity_alias WHERE entity_id = $p0", id);
        db.Execute(
            """
            INSERT INTO entity_alias (entity_id, alias_key, alias)
            SELECT $p0, k, min(n) FROM (
                SELECT json_extract(j.value, '$[0]') AS k, json_extract(j.value, '$[1]') AS n FROM mention m, json_each(m.names) j WHERE m.entity_id = $p0
                UNION ALL
                SELECT alias_key, alias FROM alias WHERE entity_id = $p0)
            GROUP BY k
            """,
            id);
    }

    /// <summary>The <c>aliases</c> text of a new entity's full-text row: the names it was created with but its own, in order.</summary>
    public static string SearchText(string name, IEnumerable<string> aliases, Func<string, string> keyOf)
    {
        var nameKey = keyOf(name);
        return string.Join(" ; ", aliases.Where(a => keyOf(a) != nameKey).Order(StringComparer.Ordinal));
    }

    /// <summary>Rewrites the entity's full-text row from its name and aliases.</summary>
    public void RefreshSearchRow(string id)
    {
        var entity = db.Single("SELECT n, name, name_key FROM entity WHERE id = $p0", r => new { N = r.GetInt64(0), Name = r.GetString(1), Key = r.GetString(2) }, id);
        if (entity is null)
        {
            return;
        }

        var aliases = db.Query("SELECT alias_key, alias FROM entity_alias WHERE entity_id = $p0 ORDER BY alias", r => (Key: r.GetString(0), Text: r.GetString(1)), id)
            .Where(a => a.Key != entity.Key)
            .Select(a => a.Text);
        db.Execute("DELETE FROM entity_fts WHERE rowid = $p0", entity.N);
        db.Execute("INSERT INTO entity_fts (rowid, name, aliases) VALUES ($p0, $p1, $p2)", entity.N, entity.Name, string.Join(" ; ", aliases));
    }
}
