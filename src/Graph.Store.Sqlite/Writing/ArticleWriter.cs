using System.Text;
using System.Text.Json;
using Graph.Core.Model;
using Graph.Core.Names;
using Graph.Core.Ontology;
using Graph.Store.Rules;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Writing;

/// <summary>
/// Writes one article's facts inside the caller's transaction: resolves its entities, replaces exactly its own
/// mentions, aliases and statements, and brings relations and entities back in line with what the articles now say.
/// </summary>
/// <remarks>
/// Two paths. A new article (the common case: ingestion) only adds: it resolves against the transaction's
/// <see cref="EntityLookup"/> and leaves its rows, and the totals it adds to relations and entities, in
/// <see cref="PendingWrites"/>, written table by table at the end of the transaction. A changed article can take
/// support away anywhere it reached, so it first writes what is pending, then recomputes what it touched from the statements.
/// </remarks>
internal sealed class ArticleWriter
{
    private readonly SqlSession db;
    private readonly GraphOntology ontology;
    private readonly TimeProvider clock;
    private readonly EntityLookup lookup;
    private readonly EntityResolver resolver;
    private readonly RelationAggregates relations;
    private readonly EntityMaintenance entities;
    private readonly PendingWrites pending;
    private readonly Dictionary<string, StoredArticle?> storedArticles = new(StringComparer.Ordinal);
    private long nextSeq;

    public ArticleWriter(SqlSession db, GraphOntology ontology, TimeProvider clock)
    {
        this.db = db;
        this.ontology = ontology;
        this.clock = clock;
        relations = new RelationAggregates(db);
        entities = new EntityMaintenance(db, ontology, relations);
        pending = new PendingWrites(db, entities, relations);
        lookup = new EntityLookup(db, pending.Flush);
        resolver = new EntityResolver(db, lookup);
    }

    private sealed record StoredArticle(long Seq, string Hash, long FirstIngested);

    /// <summary>What an article contributed: the numbers of the entities it mentions, and the relations its statements support.</summary>
    private sealed record OldContribution(HashSet<long> Entities, HashSet<NumberedRelation> Relations);

    /// <summary>Call at the start of each write transaction: nothing remembered from an earlier one is trusted.</summary>
    public void BeginWrite()
    {
        lookup.Clear();
        pending.Discard();
        storedArticles.Clear();
        nextSeq = 0;
        resolver.BeginWrite();
    }

    /// <summary>Call before committing: writes what is still pending.</summary>
    public void EndWrite() => pending.Flush();

    /// <summary>Looks up at once what putting these articles will ask: which are stored, and every name the new or changed ones carry.</summary>
    public void Prepare(IReadOnlyList<ArticleFacts> batch)
    {
        var ids = batch.Select(f => f.Article.Id).Where(id => !storedArticles.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var id in ids)
        {
            storedArticles[id] = null;
        }

        foreach (var (id, stored) in db.Rows(
            "SELECT a.id, a.seq, a.content_hash, a.first_ingested_ticks FROM json_each($p0) j CROSS JOIN article a ON a.id = j.value",
            r => (r.Text(0), new StoredArticle(r.Int64(1), r.Text(2), r.Int64(3))),
            JsonSerializer.Serialize(ids)))
        {
            storedArticles[id] = stored;
        }

        lookup.Prefetch(batch.Where(f => Stored(f.Article.Id)?.Hash != f.Article.ContentHash));
    }

    public PutResult Put(ArticleFacts facts)
    {
        var article = facts.Article;
        var stored = Stored(article.Id);
        if (stored is not null && stored.Hash == article.ContentHash)
        {
            return new PutResult(PutOutcome.Unchanged, 0, 0);
        }

        if (stored is null)
        {
            return Add(facts);
        }

        pending.Flush();
        try
        {
            return Replace(facts, stored);
        }
        finally
        {
            lookup.Clear();
            storedArticles.Remove(article.Id);
        }
    }

    private StoredArticle? Stored(string articleId)
    {
        if (!storedArticles.TryGetValue(articleId, out var stored))
        {
            pending.Flush();
            stored = db.Rows(
                "SELECT seq, content_hash, first_ingested_ticks FROM article WHERE id = $p0",
                r => new StoredArticle(r.Int64(0), r.Text(1), r.Int64(2)),
                articleId).FirstOrDefault();
            storedArticles[articleId] = stored;
        }

        return stored;
    }

    private long NextSeq()
    {
        if (nextSeq == 0)
        {
            nextSeq = db.Scalar<long>("SELECT ifnull(max(seq), 0) + 1 FROM article");
        }

        return nextSeq++;
    }

    /// <summary>The fast path: a new article only adds.</summary>
    private PutResult Add(ArticleFacts facts)
    {
        var article = facts.Article;
        var now = clock.GetUtcNow().UtcTicks;
        var seq = NextSeq();
        var seen = article.PublishedAt?.UtcTicks ?? now;

        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var resolved = new List<(ArticleEntity Local, string Key, string? EntityId)>(facts.Entities.Count);
        foreach (var local in facts.Entities)
        {
            var id = resolver.Resolve(local, claimed);
            if (id is not null)
            {
                claimed.Add(id);
            }

            resolved.Add((local, lookup.Key(local.Name), id));
        }

        pending.AddArticle(new PendingWrites.ArticleRow(article, seq, now, now, seen));
        storedArticles[article.Id] = new StoredArticle(seq, article.ContentHash, now);

        var byLocalKey = new Dictionary<string, (string Id, long N)>(StringComparer.Ordinal);
        foreach (var (local, localKey, resolvedId) in resolved)
        {
            var tokens = localKey.Count(c => c == ' ') + 1;
            var names = Names(local);
            var stored = resolvedId is null ? null : StoredRow(resolvedId);
            var (id, n) = stored is null ? CreateEntity(local, localKey, names) : (stored.Id, stored.N);
            pending.AddMention(Mention(seq, local, localKey, tokens, names, n));
            if (stored is not null)
            {
                id = Join(stored, tokens, names);
            }

            byLocalKey[localKey] = (id, n);
        }

        foreach (var row in Statements(facts.Statements, seq, byLocalKey, now, seen))
        {
            // Statements naming the entity at either end (a self-loop once).
            pending.AddMentions(row.Subject, 1);
            if (row.Object != row.Subject)
            {
                pending.AddMentions(row.Object, 1);
            }
        }

        return new PutResult(PutOutcome.Added, facts.Entities.Count, facts.Statements.Count);
    }

    /// <summary>An entity the article introduces: its row, its names and its full-text row. Its id and number.</summary>
    private (string Id, long N) CreateEntity(ArticleEntity local, string key, List<(string Key, string Name)> names)
    {
        var id = EntityIds.Free(lookup.IsTaken, local.Type, local.Name);
        var number = pending.NextEntityNumber();
        pending.AddEntity(new PendingWrites.EntityRow(number, id, local.Type, local.Name, key, EntityNameRules.LastToken(local.Type, key)));
        foreach (var (nameKey, name) in names)
        {
            pending.AddName(number, nameKey, name);
        }

        pending.AddSearchRow(new PendingWrites.SearchRow(number, local.Name, EntityMaintenance.SearchText(local.Name, local.Aliases, lookup.Key)));
        lookup.Created(new EntityLookup.Row(number, id, local.Type, local.Name, key, Curated: false), names.ToDictionary(n => n.Key, n => n.Name, StringComparer.Ordinal));
        return (id, number);
    }

    private EntityLookup.Row StoredRow(string id) => lookup.RowOf(id) ?? throw new InvalidOperationException($"entity '{id}' was resolved but is not stored");

    /// <summary>The article's entity joins the stored one: names it did not have are added; a fuller name renames it. The id now.</summary>
    private string Join(EntityLookup.Row row, int tokens, List<(string Key, string Name)> names)
    {
        var (id, n) = (row.Id, row.N);
        var known = lookup.NamesOf(id);
        var gained = false;
        foreach (var (key, name) in names)
        {
            if (!known.TryGetValue(key, out var spelling))
            {
                pending.AddName(n, key, name);
                lookup.NameWritten(id, row.Type, key, name, isNewKey: true);
                gained = true;
            }
            else if (string.CompareOrdinal(name, spelling) < 0)
            {
                pending.Respell(n, key, name);
                lookup.NameWritten(id, row.Type, key, name, isNewKey: false);
            }
        }

        if (gained)
        {
            pending.SearchRowIsStale(n);
        }

        if (!row.Curated && tokens > row.Tokens)
        {
            // A fuller name than the entity's own may rename it (its id changes, its number stays): rare, so it takes
            // the general path, with the totals written first and the memo refilled after.
            pending.Flush();
            var renamed = entities.RefreshName(n, onlyIfFullerThan: tokens) ?? throw new InvalidOperationException($"entity '{id}' went while being joined");
            lookup.Clear();
            return renamed;
        }

        return id;
    }

    /// <summary>The entity's names with their keys, the first spelling of each key (as <see cref="ArticleEntity.AllNames"/>, with the memo's keys), keyless ones left out.</summary>
    private List<(string Key, string Name)> Names(ArticleEntity local)
    {
        var names = new List<(string Key, string Name)>(local.Aliases.Count + 1);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in local.Aliases.Prepend(local.Name))
        {
            var key = lookup.Key(name);
            if (seen.Add(key) && key.Length > 0)
            {
                names.Add((key, name));
            }
        }

        return names;
    }

    private static PendingWrites.MentionRow Mention(long seq, ArticleEntity local, string localKey, int tokens, List<(string Key, string Name)> names, long entity)
    {
        // The names column, [[key, name], …], written by hand: the serializer's per-call work costs more than the text.
        var json = new StringBuilder("[");
        foreach (var (key, name) in names)
        {
            json.Append(json.Length == 1 ? "[" : ",[");
            JsonText.AppendString(json, key).Append(',');
            JsonText.AppendString(json, name).Append(']');
        }

        return new PendingWrites.MentionRow(seq, localKey, local.Name, tokens, json.Append(']').ToString(), entity);
    }

    /// <summary>The general path: a changed article replaces its own statements and mentions; what it touched is recomputed.</summary>
    private PutResult Replace(ArticleFacts facts, StoredArticle stored)
    {
        var article = facts.Article;

        var now = clock.GetUtcNow().UtcTicks;
        var seq = stored.Seq;
        var firstIngested = stored.FirstIngested;
        var seen = article.PublishedAt?.UtcTicks ?? firstIngested;

        // Resolve against the graph as it stands, the old version included: an entity this article itself
        // introduced is found again by its name, so a re-ingested article keeps its entities' ids.
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var resolved = new List<(ArticleEntity Local, string? EntityId)>(facts.Entities.Count);
        foreach (var local in facts.Entities)
        {
            var id = resolver.Resolve(local, claimed);
            if (id is not null)
            {
                claimed.Add(id);
            }

            resolved.Add((local, id));
        }

        var claimedNumbers = claimed.Select(id => StoredRow(id).N).ToHashSet();
        var old = RemoveContribution(seq);
        foreach (var n in old.Entities.Where(n => !claimedNumbers.Contains(n)))
        {
            entities.DeleteIfUnsupported(n);
        }

        UpdateArticleRow(article, seq, now, firstIngested, seen);

        var byLocalKey = new Dictionary<string, (string Id, long N)>(StringComparer.Ordinal);
        foreach (var (local, resolvedId) in resolved)
        {
            var (id, n) = resolvedId is null ? entities.Create(local.Type, local.Name) : (resolvedId, StoredRow(resolvedId).N);

            var localKey = NameKey.Of(local.Name);
            var names = Names(local);

            // Written at once: naming the entity below reads its mentions.
            pending.AddMention(Mention(seq, local, localKey, localKey.Count(c => c == ' ') + 1, names, n));
            pending.Flush();
            foreach (var (key, name) in names)
            {
                entities.AddName(n, key, name);
            }

            if (resolvedId is not null)
            {
                id = entities.RefreshName(n) ?? id;
            }

            byLocalKey[localKey] = (id, n);
        }

        var added = Statements(facts.Statements, seq, byLocalKey, now, seen).Where(s => !s.Statement.Negated).Select(s => s.Relation).ToHashSet();

        // Written before the relations they touched are rebuilt from the statements (which replaces the totals the flush added).
        pending.Flush();

        // A replaced article may remove support anywhere it used to reach: recompute what it touched.
        relations.Rebuild(old.Relations.Union(added));
        foreach (var n in old.Entities.Union(byLocalKey.Values.Select(e => e.N)))
        {
            entities.RebuildNames(n);
            entities.RefreshName(n);
            entities.Recount(n);
            entities.RefreshSearchRow(n);
        }

        return new PutResult(PutOutcome.Replaced, facts.Entities.Count, facts.Statements.Count);
    }

    /// <summary>Removes exactly what the article contributed. False when it is not stored.</summary>
    public bool Retract(string articleId)
    {
        if (Stored(articleId) is not { } stored)
        {
            return false;
        }

        pending.Flush();
        lookup.Clear();
        storedArticles.Remove(articleId);
        var old = RemoveContribution(stored.Seq);
        var articlesDeleted = db.Execute("DELETE FROM article WHERE id = $p0", articleId);
        TypeCounts.Add(db, TypeCounts.Article, TypeCounts.Untyped, -articlesDeleted);
        relations.Rebuild(old.Relations);
        foreach (var n in old.Entities)
        {
            if (!entities.DeleteIfUnsupported(n))
            {
                entities.RebuildNames(n);
                entities.RefreshName(n);
                entities.Recount(n);
                entities.RefreshSearchRow(n);
            }
        }

        return true;
    }

    private OldContribution RemoveContribution(long seq)
    {
        var touchedEntities = db.Rows("SELECT DISTINCT entity_n FROM mention WHERE seq = $p0", r => r.Int64(0), seq).ToHashSet();
        var touchedRelations = db.Rows(
            "SELECT DISTINCT rel_subject_n, type, rel_object_n FROM statement WHERE id BETWEEN $p0 AND $p1 AND negated = 0",
            r => new NumberedRelation(r.Int64(0), r.Text(1), r.Int64(2)),
            StatementKeys.First(seq), StatementKeys.Last(seq)).ToHashSet();
        var statementsDeleted = db.Execute("DELETE FROM statement WHERE id BETWEEN $p0 AND $p1", StatementKeys.First(seq), StatementKeys.Last(seq));
        TypeCounts.Add(db, TypeCounts.Statement, TypeCounts.Untyped, -statementsDeleted);
        db.Execute("DELETE FROM mention WHERE seq = $p0", seq);
        return new OldContribution(touchedEntities, touchedRelations);
    }

    /// <summary>A changed article's row (a new article's is pending, <see cref="PendingWrites.ArticleRow"/>).</summary>
    private void UpdateArticleRow(Article article, long seq, long now, long firstIngested, long seen) =>
        db.Execute(
            "UPDATE article SET seq = $p1, content_hash = $p2, url = $p3, title = $p4, source = $p5, published_ticks = $p6, published_offset = $p7, ingested_ticks = $p8, first_ingested_ticks = $p9, seen_ticks = $p10 WHERE id = $p0",
            article.Id, seq, article.ContentHash, article.Url, article.Title, article.Source,
            article.PublishedAt?.UtcTicks, (long?)article.PublishedAt?.Offset.TotalMinutes, now, firstIngested, seen);

    /// <summary>Adds the statements to what is pending (a non-negated one adds to its relation's totals); the rows.</summary>
    private List<PendingWrites.StatementRow> Statements(IReadOnlyList<Statement> statements, long seq, Dictionary<string, (string Id, long N)> byLocalKey, long now, long seen)
    {
        var rows = new List<PendingWrites.StatementRow>(statements.Count);
        for (var ordinal = 0; ordinal < statements.Count; ordinal++)
        {
            var s = statements[ordinal];
            var subject = byLocalKey[lookup.Key(s.Subject)];
            var @object = byLocalKey[lookup.Key(s.Object)];
            var relation = NumberedRelation.Of(ontology, subject.Id, subject.N, s.Relation, @object.Id, @object.N);
            var row = new PendingWrites.StatementRow(s, StatementKeys.Of(seq, ordinal), ordinal, subject.N, @object.N, relation, now, seen);
            pending.AddStatement(row);
            rows.Add(row);
        }

        return rows;
    }
}
