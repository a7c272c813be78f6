using System.Text.Json;
using Graph.Core.Model;
using Graph.Core.Names;
using Graph.Store.Rules;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Writing;

/// <summary>
/// What entity resolution and id choice look up (entities by canonical name, by alias, by a person's last word;
/// an entity's row and names; whether an id is taken), remembered for one write transaction.
/// </summary>
/// <remarks>
/// Why: looking each name up on its own costs several SQL round trips per entity, more than writing the facts.
/// <see cref="Prefetch"/> asks once per batch for every name the batch carries, and the fast write path keeps the
/// memo exact by telling it what it wrote (<see cref="Created"/>, <see cref="NameWritten"/>). Anything else that changes
/// entities (replacing or retracting an article, renaming, curation) calls <see cref="Clear"/>, and the memo refills
/// from the database. Rows the fast path keeps pending are not in the database yet: before any query, the memo has
/// <paramref name="flushPending"/> write them, so the database holds every write of the transaction when it is asked.
/// The memo never outlives its transaction, so another process's writes are never hidden by it.
/// </remarks>
internal sealed class EntityLookup(SqlSession db, Action flushPending)
{
    /// <summary>What the writer needs to know of a stored entity; <paramref name="N"/> is its number, what rows refer to it by.</summary>
    public sealed record Row(long N, string Id, string Type, string Name, string Key, bool Curated)
    {
        public int Tokens => Key.Count(c => c == ' ') + 1;
    }

    private readonly Dictionary<string, string> keys = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Key), List<string>> byName = [];
    private readonly Dictionary<string, List<(string Id, string Type)>> byAlias = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> personsByLastToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> lastTokenUsed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Row?> rows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> namesOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> taken = new(StringComparer.Ordinal);

    /// <summary>Forgets everything but name keys (those depend on the text alone).</summary>
    public void Clear()
    {
        byName.Clear();
        byAlias.Clear();
        personsByLastToken.Clear();
        lastTokenUsed.Clear();
        rows.Clear();
        namesOf.Clear();
        taken.Clear();
    }

    /// <summary>The <see cref="NameKey"/> of a name, computed once per spelling (it normalises Unicode: not free).</summary>
    public string Key(string name)
    {
        if (!keys.TryGetValue(name, out var key))
        {
            if (keys.Count > 100_000)
            {
                keys.Clear();
            }

            key = NameKey.Of(name);
            keys[name] = key;
        }

        return key;
    }

    /// <summary>Looks up, in a handful of queries, everything resolving these articles' entities will ask.</summary>
    public void Prefetch(IEnumerable<ArticleFacts> articles)
    {
        var pairs = new HashSet<(string Type, string Key)>();
        var canonical = new HashSet<(string Type, string Key)>();
        var aliasKeys = new HashSet<string>(StringComparer.Ordinal);
        var lastTokens = new HashSet<string>(StringComparer.Ordinal);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var local in articles.SelectMany(a => a.Entities))
        {
            var key = Key(local.Name);
            pairs.Add((local.Type, key));
            canonical.Add((local.Type, key));
            aliasKeys.Add(key);
            if (local.Type == EntityNameRules.Person && EntityNameRules.IsOneWord(key))
            {
                lastTokens.Add(key);
            }
            else if (local.Type == EntityNameRules.Person)
            {
                var last = EntityNameRules.LastWord(key);
                surnames.Add(last);
                pairs.Add((EntityNameRules.Person, last));
            }

            // The resolver's acronym tier asks for entities named by the acronyms the article gives.
            foreach (var acronym in EntityNameRules.AcronymKeys(key, local.Aliases))
            {
                pairs.Add((local.Type, acronym));
            }
        }

        flushPending();
        pairs.RemoveWhere(byName.ContainsKey);
        aliasKeys.RemoveWhere(byAlias.ContainsKey);
        lastTokens.RemoveWhere(personsByLastToken.ContainsKey);
        surnames.RemoveWhere(lastTokenUsed.ContainsKey);

        foreach (var pair in pairs)
        {
            byName[pair] = [];
        }

        // One query per type (a batch has a handful): each key is then one index seek, with no JSON taken apart per row.
        foreach (var sameType in pairs.GroupBy(p => p.Type, StringComparer.Ordinal))
        {
            var type = sameType.Key;
            foreach (var (key, row) in db.Rows(
                "SELECT e.name_key, e.n, e.id, e.name, e.curated FROM json_each($p1) j CROSS JOIN entity e ON e.type = $p0 AND e.name_key = j.value",
                r => (r.Text(0), new Row(r.Int64(1), r.Text(2), type, r.Text(3), r.Text(0), r.Int64(4) != 0)),
                type,
                JsonSerializer.Serialize(sameType.Select(p => p.Key))))
            {
                byName[(type, key)].Add(row.Id);
                rows[row.Id] = row;
            }
        }

        foreach (var key in aliasKeys)
        {
            byAlias[key] = [];
        }

        foreach (var (key, row) in db.Rows(
            """
            SELECT a.alias_key, e.n, e.id, e.type, e.name, e.name_key, e.curated
            FROM json_each($p0) j CROSS JOIN entity_alias a ON a.alias_key = j.value JOIN entity e ON e.n = a.entity_n
            """,
            r => (r.Text(0), ReadRow(r, 1)),
            JsonSerializer.Serialize(aliasKeys)))
        {
            byAlias[key].Add((row.Id, row.Type));
            rows[row.Id] = row;
        }

        foreach (var token in lastTokens)
        {
            personsByLastToken[token] = [];
        }

        foreach (var (token, row) in db.Rows(
            """
            SELECT j.value, e.n, e.id, e.type, e.name, e.name_key, e.curated
            FROM json_each($p0) j CROSS JOIN entity e ON e.type = 'PERSON' AND e.last_token = j.value
            """,
            r => (r.Text(0), ReadRow(r, 1)),
            JsonSerializer.Serialize(lastTokens)))
        {
            personsByLastToken[token].Add(row.Id);
            rows[row.Id] = row;
        }

        foreach (var surname in surnames)
        {
            lastTokenUsed[surname] = personsByLastToken.TryGetValue(surname, out var persons) && persons.Count > 0;
        }

        foreach (var surname in db.Strings(
            "SELECT j.value FROM json_each($p0) j WHERE EXISTS (SELECT 1 FROM entity e WHERE e.type = 'PERSON' AND e.last_token = j.value)",
            JsonSerializer.Serialize(surnames.Where(s => !lastTokenUsed[s]))))
        {
            lastTokenUsed[surname] = true;
        }

        // Ids the batch may create: those of its canonical names that no entity has yet (a surname looked up for a full
        // name is not one; a name an entity has is joined, and the rare new entity beside it asks on its own).
        var stems = canonical.Where(p => pairs.Contains(p) && byName[p].Count == 0)
            .Select(p => EntityNameRules.IdStem(p.Type, p.Key)).Where(s => !taken.ContainsKey(s)).ToList();
        foreach (var stem in stems)
        {
            taken[stem] = false;
        }

        foreach (var stem in db.Strings(
            """
            SELECT j.value FROM json_each($p0) j
            WHERE EXISTS (SELECT 1 FROM entity WHERE id = j.value) OR EXISTS (SELECT 1 FROM entity_merge WHERE merged_id = j.value)
            """,
            JsonSerializer.Serialize(stems)))
        {
            taken[stem] = true;
        }

        // Names only of the entities a canonical name found: nearly every join is one of those; others load when joined.
        var candidates = pairs.SelectMany(p => byName[p]).Distinct(StringComparer.Ordinal).Where(id => !namesOf.ContainsKey(id)).ToList();
        foreach (var id in candidates)
        {
            namesOf[id] = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        foreach (var (id, key, name) in db.Rows(
            "SELECT e.id, a.alias_key, a.alias FROM json_each($p0) j CROSS JOIN entity e ON e.id = j.value JOIN entity_alias a ON a.entity_n = e.n",
            r => (r.Text(0), r.Text(1), r.Text(2)),
            JsonSerializer.Serialize(candidates)))
        {
            namesOf[id][key] = name;
        }
    }

    /// <summary>Entities of the type whose canonical name has this key.</summary>
    public IReadOnlyList<string> IdsByName(string type, string key)
    {
        if (!byName.TryGetValue((type, key), out var ids))
        {
            flushPending();
            ids = db.Rows("SELECT n, id, type, name, name_key, curated FROM entity WHERE type = $p0 AND name_key = $p1", r => Remember(ReadRow(r, 0)).Id, type, key);
            byName[(type, key)] = ids;
        }

        return ids;
    }

    /// <summary>Entities of the type with a name (canonical or alias) of this key.</summary>
    public IEnumerable<string> IdsByAlias(string type, string key)
    {
        if (!byAlias.TryGetValue(key, out var found))
        {
            flushPending();
            found = db.Rows(
                "SELECT e.n, e.id, e.type, e.name, e.name_key, e.curated FROM entity_alias a JOIN entity e ON e.n = a.entity_n WHERE a.alias_key = $p0",
                r => { var row = Remember(ReadRow(r, 0)); return (row.Id, row.Type); },
                key);
            byAlias[key] = found;
        }

        return found.Where(f => f.Type == type).Select(f => f.Id);
    }

    /// <summary>Multi-word PERSON entities whose last word is <paramref name="token"/>.</summary>
    public IReadOnlyList<string> PersonsByLastToken(string token)
    {
        if (!personsByLastToken.TryGetValue(token, out var ids))
        {
            flushPending();
            ids = db.Rows("SELECT n, id, type, name, name_key, curated FROM entity WHERE type = 'PERSON' AND last_token = $p0", r => Remember(ReadRow(r, 0)).Id, token);
            personsByLastToken[token] = ids;
        }

        return ids;
    }

    /// <summary>Whether some multi-word PERSON has <paramref name="token"/> as its last word.</summary>
    public bool IsLastTokenUsed(string token)
    {
        if (!lastTokenUsed.TryGetValue(token, out var used))
        {
            flushPending();
            used = personsByLastToken.TryGetValue(token, out var persons)
                ? persons.Count > 0
                : db.Scalar<long>("SELECT EXISTS (SELECT 1 FROM entity WHERE type = 'PERSON' AND last_token = $p0)", token) != 0;
            lastTokenUsed[token] = used;
        }

        return used;
    }

    /// <summary>The stored entity, or null.</summary>
    public Row? RowOf(string id)
    {
        if (!rows.TryGetValue(id, out var row))
        {
            flushPending();
            row = db.Rows("SELECT n, id, type, name, name_key, curated FROM entity WHERE id = $p0", r => ReadRow(r, 0), id).FirstOrDefault();
            rows[id] = row;
        }

        return row;
    }

    /// <summary>The entity's distinct names: name key → its smallest spelling (the <c>entity_alias</c> rows).</summary>
    public IReadOnlyDictionary<string, string> NamesOf(string id)
    {
        if (!namesOf.TryGetValue(id, out var names))
        {
            flushPending();
            names = db.Rows("SELECT a.alias_key, a.alias FROM entity e JOIN entity_alias a ON a.entity_n = e.n WHERE e.id = $p0", r => (r.Text(0), r.Text(1)), id)
                .ToDictionary(n => n.Item1, n => n.Item2, StringComparer.Ordinal);
            namesOf[id] = names;
        }

        return names;
    }

    /// <summary>Whether an entity has the id, or had it before being merged away.</summary>
    public bool IsTaken(string id)
    {
        if (!taken.TryGetValue(id, out var isTaken))
        {
            flushPending();
            isTaken = db.Scalar<long>("SELECT EXISTS (SELECT 1 FROM entity WHERE id = $p0) OR EXISTS (SELECT 1 FROM entity_merge WHERE merged_id = $p0)", id) != 0;
            taken[id] = isTaken;
        }

        return isTaken;
    }

    // ---- the fast write path reports what it wrote ----

    /// <summary>An entity was created (pending or inserted) with these names (key → spelling) in <c>entity_alias</c>.</summary>
    public void Created(Row row, IReadOnlyDictionary<string, string> names)
    {
        rows[row.Id] = row;
        taken[row.Id] = true;
        namesOf[row.Id] = new Dictionary<string, string>(names, StringComparer.Ordinal);
        if (byName.TryGetValue((row.Type, row.Key), out var sameName))
        {
            sameName.Add(row.Id);
        }

        if (EntityNameRules.LastToken(row.Type, row.Key) is { } last)
        {
            if (personsByLastToken.TryGetValue(last, out var sameLast))
            {
                sameLast.Add(row.Id);
            }

            lastTokenUsed[last] = true;
        }

        foreach (var key in names.Keys)
        {
            if (byAlias.TryGetValue(key, out var sameAlias))
            {
                sameAlias.Add((row.Id, row.Type));
            }
        }
    }

    /// <summary>A name was added to, or respelled in, an entity's <c>entity_alias</c> rows.</summary>
    public void NameWritten(string id, string type, string key, string name, bool isNewKey)
    {
        if (namesOf.TryGetValue(id, out var names))
        {
            names[key] = name;
        }

        if (isNewKey && byAlias.TryGetValue(key, out var sameAlias))
        {
            sameAlias.Add((id, type));
        }
    }

    private Row Remember(Row row)
    {
        rows[row.Id] = row;
        return row;
    }

    private static Row ReadRow(RawStatement r, int first) =>
        new(r.Int64(first), r.Text(first + 1), r.Text(first + 2), r.Text(first + 3), r.Text(first + 4), r.Int64(first + 5) != 0);
}
