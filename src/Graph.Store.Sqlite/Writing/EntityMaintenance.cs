using Graph.Core.Names;
using Graph.Core.Ontology;
using Graph.Store.Rules;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Writing;

/// <summary>
/// The entity-level bookkeeping every write shares: creating entities, keeping mention counts and the
/// full-text rows current, removing entities nothing supports, and re-deriving an entity's name (and id)
/// when the article that named it no longer does. Entities are named by their number (<c>entity.n</c>), which never changes.
/// </summary>
internal sealed class EntityMaintenance(SqlSession db, GraphOntology ontology, RelationAggregates relations)
{
    /// <summary>Inserts a new entity under the first free id for its name (the general write path; new articles' entities are pending, <see cref="PendingWrites"/>).</summary>
    public (string Id, long N) Create(string type, string name)
    {
        var id = EntityIds.Free(db, type, name);
        var key = NameKey.Of(name);
        db.Execute(
            "INSERT INTO entity (id, type, name, name_key, last_token) VALUES ($p0, $p1, $p2, $p3, $p4)",
            id, type, name, key, EntityNameRules.LastToken(type, key));
        var n = db.LastInsertRowId();
        TypeCounts.Add(db, TypeCounts.Entity, type, 1);
        return (id, n);
    }

    public void AddMentions(long n, long count)
    {
        if (count != 0)
        {
            db.Execute("UPDATE entity SET mention_count = mention_count + $p1 WHERE n = $p0", n, count);
        }
    }

    /// <summary>Mention count from scratch: statements naming the entity at either end (a self-loop once).</summary>
    public void Recount(long n) =>
        db.Execute(
            """
            UPDATE entity SET mention_count =
                (SELECT count(*) FROM statement WHERE rel_subject_n = $p0) +
                (SELECT count(*) FROM statement WHERE rel_object_n = $p0 AND rel_subject_n <> $p0)
            WHERE n = $p0
            """,
            n);

    /// <summary>Deletes the entity when no article mentions it and nobody curated it. True when it went.</summary>
    public bool DeleteIfUnsupported(long n)
    {
        var unsupported = db.Scalar<long>(
            "SELECT count(*) FROM entity e WHERE e.n = $p0 AND e.curated = 0 AND NOT EXISTS (SELECT 1 FROM mention m WHERE m.entity_n = e.n)",
            n) != 0;
        if (unsupported)
        {
            Delete(n);
        }

        return unsupported;
    }

    public void Delete(long n)
    {
        db.Execute("DELETE FROM entity_fts WHERE rowid = $p0", n);
        db.Execute("DELETE FROM alias WHERE entity_n = $p0", n);
        db.Execute("DELETE FROM entity_alias WHERE entity_n = $p0", n);
        if (db.Scalar<string>("DELETE FROM entity WHERE n = $p0 RETURNING type", n) is { } type)
        {
            TypeCounts.Add(db, TypeCounts.Entity, type, -1);
        }
    }

    /// <summary>
    /// An uncurated entity is named by its fullest current mention (most words; ties: the earliest article, then
    /// the name key), so its name and id depend on what the articles say now rather than on the order they came in;
    /// when that changed, the name and the id follow. Returns the id now (null when the entity is gone).
    /// </summary>
    public string? RefreshName(long n, int onlyIfFullerThan = 0)
    {
        var current = db.First(
            "SELECT id, type, curated, length(name_key) - length(replace(name_key, ' ', '')) + 1, name FROM entity WHERE n = $p0",
            r => new { Id = r.Text(0), Type = r.Text(1), Curated = r.Int64(2) != 0, Tokens = (int)r.Int64(3), Name = r.Text(4) },
            n);
        if (current is null || current.Curated || (onlyIfFullerThan > 0 && onlyIfFullerThan <= current.Tokens))
        {
            return current?.Id;
        }

        var name = db.Scalar<string>("SELECT local_name FROM mention WHERE entity_n = $p0 ORDER BY tokens DESC, seq, local_key LIMIT 1", n);
        if (name is null || name == current.Name)
        {
            return current.Id;
        }

        var key = NameKey.Of(name);
        var newId = EntityIds.Free(db, current.Type, name, self: current.Id);
        db.Execute(
            "UPDATE entity SET id = $p1, name = $p2, name_key = $p3, last_token = $p4 WHERE n = $p0",
            n, newId, name, key, EntityNameRules.LastToken(current.Type, key));
        if (newId != current.Id)
        {
            // Rows refer to the number, which stays; only a symmetric relation's ends, kept in id order, may swap.
            MoveStatements(n, n);
        }

        return newId;
    }

    /// <summary>
    /// Points every statement naming entity <paramref name="from"/> at <paramref name="to"/> (the same entity after a rename
    /// re-keys its symmetric relations) and rebuilds the relations whose key changed, on both sides.
    /// </summary>
    public void MoveStatements(long from, long to)
    {
        var rows = db.Rows(
            """
            SELECT id, type, subject_n, object_n, rel_subject_n, rel_object_n FROM statement WHERE rel_subject_n = $p0
            UNION
            SELECT id, type, subject_n, object_n, rel_subject_n, rel_object_n FROM statement WHERE rel_object_n = $p0
            """,
            r => (Key: r.Int64(0), Type: r.Text(1), Subject: r.Int64(2), Object: r.Int64(3), Relation: new NumberedRelation(r.Int64(4), r.Text(1), r.Int64(5))),
            from);
        var ids = new Dictionary<long, string>();
        string IdOf(long n)
        {
            if (!ids.TryGetValue(n, out var id))
            {
                ids[n] = id = db.Scalar<string>("SELECT id FROM entity WHERE n = $p0", n) ?? throw new InvalidOperationException($"a statement names entity number {n}, which is not stored");
            }

            return id;
        }

        var touched = new HashSet<NumberedRelation>();
        foreach (var row in rows)
        {
            var subject = row.Subject == from ? to : row.Subject;
            var @object = row.Object == from ? to : row.Object;
            var key = ontology.RelationType(row.Type).Symmetric
                ? NumberedRelation.Of(ontology, IdOf(subject), subject, row.Type, IdOf(@object), @object)
                : new NumberedRelation(subject, row.Type, @object);
            if (key == row.Relation && subject == row.Subject && @object == row.Object)
            {
                continue;
            }

            touched.Add(row.Relation);
            touched.Add(key);
            db.Execute(
                "UPDATE statement SET subject_n = $p1, object_n = $p2, rel_subject_n = $p3, rel_object_n = $p4 WHERE id = $p0",
                row.Key, subject, @object, key.Subject, key.Object);
        }

        relations.Rebuild(touched);
    }

    /// <summary>Records a name of the entity in its distinct names (keeping the smallest spelling). True when the key is new to it.</summary>
    public bool AddName(long n, string key, string name)
    {
        var stored = db.Scalar<string>("SELECT alias FROM entity_alias WHERE entity_n = $p0 AND alias_key = $p1", n, key);
        if (stored is null)
        {
            db.Execute("INSERT INTO entity_alias (entity_n, alias_key, alias) VALUES ($p0, $p1, $p2)", n, key, name);
            OtherNames.Added(db, n, key, name);
            return true;
        }

        if (string.CompareOrdinal(name, stored) < 0)
        {
            Respell(n, key, name);
        }

        return false;
    }

    /// <summary>Gives a name the entity already has (by key) a smaller spelling.</summary>
    public void Respell(long n, string key, string name) =>
        db.Execute("UPDATE entity_alias SET alias = $p2 WHERE entity_n = $p0 AND alias_key = $p1", n, key, name);

    /// <summary>Recomputes the entity's distinct names from the names articles and curators gave it.</summary>
    public void RebuildNames(long n)
    {
        db.Execute("DELETE FROM entity_alias WHERE entity_n = $p0", n);
        db.Execute(
            """
            INSERT INTO entity_alias (entity_n, alias_key, alias)
            SELECT $p0, k, min(n) FROM (
                SELECT json_extract(j.value, '$[0]') AS k, json_extract(j.value, '$[1]') AS n FROM mention m, json_each(m.names) j WHERE m.entity_n = $p0
                UNION ALL
                SELECT alias_key, alias FROM alias WHERE entity_n = $p0)
            GROUP BY k
            """,
            n);
        OtherNames.Recompute(db, n);
    }

    /// <summary>The <c>aliases</c> text of a new entity's full-text row: the names it was created with but its own, in order.</summary>
    public static string SearchText(string name, IEnumerable<string> aliases, Func<string, string> keyOf)
    {
        var nameKey = keyOf(name);
        return string.Join(" ; ", aliases.Where(a => keyOf(a) != nameKey).Order(StringComparer.Ordinal));
    }

    /// <summary>Rewrites the entity's full-text row from its name and aliases.</summary>
    public void RefreshSearchRow(long n)
    {
        var entity = db.First("SELECT name, name_key FROM entity WHERE n = $p0", r => new { Name = r.Text(0), Key = r.Text(1) }, n);
        if (entity is null)
        {
            return;
        }

        var aliases = db.Rows("SELECT alias_key, alias FROM entity_alias WHERE entity_n = $p0 ORDER BY alias", r => (Key: r.Text(0), Text: r.Text(1)), n)
            .Where(a => a.Key != entity.Key)
            .Select(a => a.Text);
        db.Execute("DELETE FROM entity_fts WHERE rowid = $p0", n);
        db.Execute("INSERT INTO entity_fts (rowid, name, aliases) VALUES ($p0, $p1, $p2)", n, entity.Name, string.Join(" ; ", aliases));
    }
}
