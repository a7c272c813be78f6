using Graph.Core.Model;
using Graph.Store.Sqlite.Storage;

namespace Graph.Store.Sqlite.Writing;

/// <summary>
/// Everything new articles write, gathered over a write transaction and written table by table when it ends: rows
/// (articles, entities, names, mentions, statements, full-text rows of new entities) with statements prepared once, and
/// totals (relation aggregates, mention counts) summed in memory and written once per relation or entity.
/// </summary>
/// <remarks>
/// Why: writing a batch article by article costs one SQL call per row, and one update of the same relation or entity
/// row per article that names it. Sums are exact in any order (integer log sums, counts, min/max), so the batch's total
/// written once gives the same rows; an entity new to the batch is inserted once with its final mention count.
/// Anything that reads the database while rows are pending (a lookup the memo cannot answer, replacing or retracting
/// an article, renaming an entity) calls <see cref="Flush"/> first, so it sees every write of the transaction.
/// </remarks>
internal sealed class PendingWrites
{
    private readonly SqlSession db;
    private readonly EntityMaintenance entities;
    private readonly RelationAggregates relations;

    private readonly List<ArticleRow> articles = [];
    private readonly List<EntityRow> newEntities = [];
    private readonly Dictionary<(long Entity, string Key), string> newNames = [];
    private readonly Dictionary<(long Entity, string Key), string> respelled = [];
    private readonly List<MentionRow> mentions = [];
    private readonly List<StatementRow> statements = [];
    private readonly List<SearchRow> searchRows = [];
    private readonly Dictionary<NumberedRelation, RelationAggregates.Delta> relationDeltas = [];
    private readonly Dictionary<long, long> mentionCounts = [];
    private readonly HashSet<long> staleSearchRows = [];

    private readonly PreparedInsert<ArticleRow> articleInsert;
    private readonly PreparedInsert<(EntityRow Row, long Mentions, string? OtherNames)> entityInsert;
    private readonly PreparedInsert<KeyValuePair<(long Entity, string Key), string>> nameInsert;
    private readonly PreparedInsert<MentionRow> mentionInsert;
    private readonly PreparedInsert<StatementRow> statementInsert;
    private readonly PreparedInsert<SearchRow> searchInsert;
    private long nextEntityNumber;

    public PendingWrites(SqlSession db, EntityMaintenance entities, RelationAggregates relations)
    {
        this.db = db;
        this.entities = entities;
        this.relations = relations;
        articleInsert = new(
            db,
            "INSERT INTO article (id, seq, content_hash, url, title, source, published_ticks, published_offset, ingested_ticks, first_ingested_ticks, seen_ticks)",
            11,
            static (s, r) =>
            {
                s.Bind(1, r.Article.Id);
                s.Bind(2, r.Seq);
                s.Bind(3, r.Article.ContentHash);
                s.Bind(4, r.Article.Url);
                s.Bind(5, r.Article.Title);
                s.Bind(6, r.Article.Source);
                s.Bind(7, r.Article.PublishedAt?.UtcTicks);
                s.Bind(8, (long?)r.Article.PublishedAt?.Offset.TotalMinutes);
                s.Bind(9, r.IngestedTicks);
                s.Bind(10, r.FirstIngestedTicks);
                s.Bind(11, r.SeenTicks);
            });
        entityInsert = new(
            db,
            "INSERT INTO entity (n, id, type, name, name_key, last_token, mention_count, other_names)",
            8,
            static (s, e) =>
            {
                s.Bind(1, e.Row.Number);
                s.Bind(2, e.Row.Id);
                s.Bind(3, e.Row.Type);
                s.Bind(4, e.Row.Name);
                s.Bind(5, e.Row.Key);
                s.Bind(6, e.Row.LastToken);
                s.Bind(7, e.Mentions);
                s.Bind(8, e.OtherNames);
            });
        nameInsert = new(
            db,
            "INSERT INTO entity_alias (entity_n, alias_key, alias)",
            3,
            static (s, n) =>
            {
                s.Bind(1, n.Key.Entity);
                s.Bind(2, n.Key.Key);
                s.Bind(3, n.Value);
            });
        mentionInsert = new(
            db,
            "INSERT INTO mention (seq, local_key, local_name, tokens, names, entity_n)",
            6,
            static (s, m) =>
            {
                s.Bind(1, m.Seq);
                s.Bind(2, m.LocalKey);
                s.Bind(3, m.LocalName);
                s.Bind(4, m.Tokens);
                s.Bind(5, m.NamesJson);
                s.Bind(6, m.Entity);
            });
        statementInsert = new(
            db,
            """
            INSERT INTO statement (id, article_id, ordinal, type, subject_n, object_n, rel_subject_n, rel_object_n, subject_name, object_name,
                sentence, sentence_index, sentence_start, sentence_end, subject_start, subject_end, object_start, object_end,
                confidence, log_miss, certain, negated, extracted_ticks, seen_ticks)
            """,
            24,
            static (s, r) => r.Bind(s));
        searchInsert = new(
            db,
            "INSERT INTO entity_fts (rowid, name, aliases)",
            3,
            static (s, r) =>
            {
                s.Bind(1, r.Number);
                s.Bind(2, r.Name);
                s.Bind(3, r.Aliases);
            });
    }

    /// <summary>A new article's row.</summary>
    public sealed record ArticleRow(Article Article, long Seq, long IngestedTicks, long FirstIngestedTicks, long SeenTicks);

    /// <summary>A new entity's row (its mention count is added at the flush); <paramref name="Number"/> is its rowid, also its full-text row.</summary>
    public sealed record EntityRow(long Number, string Id, string Type, string Name, string Key, string? LastToken);

    /// <summary>An article's entity (the article by its seq) and the number of the graph entity it resolved to; <paramref name="NamesJson"/> is <c>[[key, name], …]</c>.</summary>
    public sealed record MentionRow(long Seq, string LocalKey, string LocalName, long Tokens, string NamesJson, long Entity);

    /// <summary>A new entity's full-text row.</summary>
    public sealed record SearchRow(long Number, string Name, string Aliases);

    /// <summary>One statement as stored: its key, the numbers of the graph entities at its ends, and its relation.</summary>
    public sealed record StatementRow(Statement Statement, long Key, int Ordinal, long Subject, long Object, NumberedRelation Relation, long ExtractedTicks, long SeenTicks)
    {
        public void Bind(RawStatement s)
        {
            var st = Statement;
            s.Bind(1, Key);
            s.Bind(2, st.ArticleId);
            s.Bind(3, Ordinal);
            s.Bind(4, st.Relation);
            s.Bind(5, Subject);
            s.Bind(6, Object);
            s.Bind(7, Relation.Subject);
            s.Bind(8, Relation.Object);
            s.Bind(9, st.Subject);
            s.Bind(10, st.Object);
            s.Bind(11, st.Sentence ?? string.Empty);
            s.Bind(12, st.SentenceIndex);
            s.Bind(13, st.SentenceSpan?.Start);
            s.Bind(14, st.SentenceSpan?.End);
            s.Bind(15, st.SubjectSpan?.Start);
            s.Bind(16, st.SubjectSpan?.End);
            s.Bind(17, st.ObjectSpan?.Start);
            s.Bind(18, st.ObjectSpan?.End);
            s.Bind(19, st.Confidence);
            s.Bind(20, NoisyOr.LogMiss(st.Confidence));
            s.Bind(21, NoisyOr.IsCertain(st.Confidence) ? 1 : 0);
            s.Bind(22, st.Negated ? 1 : 0);
            s.Bind(23, ExtractedTicks);
            s.Bind(24, SeenTicks);
        }
    }

    /// <summary>The rowid for an entity created now: after the largest in the file and those pending.</summary>
    public long NextEntityNumber()
    {
        if (nextEntityNumber == 0)
        {
            nextEntityNumber = db.Scalar<long>("SELECT ifnull(max(n), 0) + 1 FROM entity");
        }

        return nextEntityNumber++;
    }

    public void AddArticle(ArticleRow row) => articles.Add(row);

    public void AddEntity(EntityRow row) => newEntities.Add(row);

    /// <summary>A name (by key) the entity did not have.</summary>
    public void AddName(long entity, string key, string name) => newNames[(entity, key)] = name;

    /// <summary>A smaller spelling of a name (by key) the entity has, pending or stored.</summary>
    public void Respell(long entity, string key, string name)
    {
        if (newNames.ContainsKey((entity, key)))
        {
            newNames[(entity, key)] = name;
        }
        else
        {
            respelled[(entity, key)] = name;
        }
    }

    public void AddMention(MentionRow row) => mentions.Add(row);

    public void AddSearchRow(SearchRow row) => searchRows.Add(row);

    /// <summary>A statement; a non-negated one adds its support to its relation.</summary>
    public void AddStatement(StatementRow row)
    {
        statements.Add(row);
        if (row.Statement.Negated)
        {
            return;
        }

        if (!relationDeltas.TryGetValue(row.Relation, out var delta))
        {
            relationDeltas[row.Relation] = delta = new RelationAggregates.Delta();
        }

        delta.Add(row.Statement.Confidence, row.SeenTicks);
    }

    public void AddMentions(long entity, long count) =>
        mentionCounts[entity] = mentionCounts.GetValueOrDefault(entity) + count;

    /// <summary>The entity gained a name: its full-text row is rewritten at the flush.</summary>
    public void SearchRowIsStale(long entity) => staleSearchRows.Add(entity);

    /// <summary>Writes everything pending, each table at once, parents before the rows that refer to them.</summary>
    public void Flush()
    {
        if (articles.Count + newEntities.Count + newNames.Count + respelled.Count + mentions.Count + statements.Count + searchRows.Count
            + relationDeltas.Count + mentionCounts.Count + staleSearchRows.Count == 0)
        {
            return;
        }

        articleInsert.Insert(articles);
        TypeCounts.Add(db, TypeCounts.Article, TypeCounts.Untyped, articles.Count);

        // A new entity's row carries its other names from the start (migration 0011); a stored one's row is told of each name it gains.
        var (namesOfNew, gainedByStored) = NewNamesByOwner();
        entityInsert.Insert([.. newEntities.Select(e => (e, mentionCounts.Remove(e.Number, out var count) ? count : 0L, OtherNames.Of(e.Key, namesOfNew[e.Number])))]);
        foreach (var (type, created) in newEntities.CountBy(e => e.Type))
        {
            TypeCounts.Add(db, TypeCounts.Entity, type, created);
        }
        nameInsert.Insert([.. newNames]);
        foreach (var ((entity, key), name) in gainedByStored)
        {
            OtherNames.Added(db, entity, key, name);
        }

        foreach (var ((entity, key), name) in respelled)
        {
            entities.Respell(entity, key, name);
        }

        mentionInsert.Insert(mentions);
        statementInsert.Insert(statements);
        TypeCounts.Add(db, TypeCounts.Statement, TypeCounts.Untyped, statements.Count);

        // Key order: neighbouring rows share b-tree pages.
        var deltas = relationDeltas.ToList();
        deltas.Sort(static (a, b) => a.Key.CompareTo(b.Key));
        relations.AddTotals(deltas);

        foreach (var (entity, count) in mentionCounts)
        {
            entities.AddMentions(entity, count);
        }

        searchInsert.Insert(searchRows);
        foreach (var entity in staleSearchRows)
        {
            entities.RefreshSearchRow(entity);
        }

        Discard();
    }

    /// <summary>The pending names (key → spelling) of each new entity, and those that entities already stored gained.</summary>
    private (Dictionary<long, List<KeyValuePair<string, string>>> OfNew, List<KeyValuePair<(long Entity, string Key), string>> GainedByStored) NewNamesByOwner()
    {
        var ofNew = newEntities.ToDictionary(e => e.Number, _ => new List<KeyValuePair<string, string>>());
        var gainedByStored = new List<KeyValuePair<(long Entity, string Key), string>>();
        foreach (var name in newNames)
        {
            if (ofNew.TryGetValue(name.Key.Entity, out var names))
            {
                names.Add(new(name.Key.Key, name.Value));
            }
            else
            {
                gainedByStored.Add(name);
            }
        }

        return (ofNew, gainedByStored);
    }

    /// <summary>Forgets what is pending (written, or the transaction rolled back).</summary>
    public void Discard()
    {
        articles.Clear();
        newEntities.Clear();
        newNames.Clear();
        respelled.Clear();
        mentions.Clear();
        statements.Clear();
        searchRows.Clear();
        relationDeltas.Clear();
        mentionCounts.Clear();
        staleSearchRows.Clear();

        // Entities may be inserted outside this class once the flush is done (the general write path): ask the file again.
        nextEntityNumber = 0;
    }
}
