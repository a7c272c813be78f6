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
internal sealed class ArticleWriter(SqlSession db, GraphOntology ontology, TimeProvider clock)
{
    private readonly EntityResolver resolver = new(db);
    private readonly RelationAggregates relations = new(db);
    private readonly EntityMaintenance entities = new(db, ontology, new RelationAggregates(db));

    private sealed record StoredArticle(long Seq, string Hash, long FirstIngested);

    private sealed record OldContribution(HashSet<string> Entities, HashSet<RelationKey> Relations);

    public PutResult Put(ArticleFacts facts)
    {
        var article = facts.Article;
        var stored = db.Single(
            "SELECT seq, content_hash, first_ingested_ticks FROM article WHERE id = $p0",
            r => new StoredArticle(r.GetInt64(0), r.GetString(1), r.GetInt64(2)),
            article.Id);
        if (stored is not null && stored.Hash == article.ContentHash)
        {
            return new PutResult(PutOutcome.Unchanged, 0, 0);
        }

        return Write(facts, stored);
    }

    /// <summary>Call at the start of each write transaction.</summary>
    public void BeginWrite() => resolver.BeginWrite();

    private PutResult Write(ArticleFacts facts, StoredArticle? stored)
    {
        var article = facts.Article;

        var now = clock.GetUtcNow().UtcTicks;
        var seq = stored?.Seq ?? (db.Scalar<long>("SELECT ifnull(max(seq), 0) + 1 FROM article"));
        var firstIngested = stored?.FirstIngested ?? now;
        var seen = article.PublishedAt?.UtcTicks ?? firstIngested;

        // Resolve against the graph as it stands, the old version included: an entity this article itself
        // introduced is found again by its name, so a re-ingested article keeps its entities' ids.
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var resolved = new List<(ArticleEntity Local, string? EntityId, bool ByName)>(facts.Entities.Count);
        foreach (var local in facts.Entities)
        {
            var id = resolver.Resolve(local, claimed);
            if (id is not null)
            {
                claimed.Add(id);
            }

            resolved.Add((local, id, resolver.LastMatchedByName));
        }

        var old = stored is null ? null : RemoveContribution(article.Id);
        if (old is not null)
        {
            foreach (var id in old.Entities.Where(id => !claimed.Contains(id)))
            {
                entities.DeleteIfUnsupported(id);
            }
        }

        WriteArticleRow(article, seq, now, firstIngested, seen, stored is not null);

        var byLocalKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var gainedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (local, resolvedId, byName) in resolved)
        {
            var id = resolvedId ?? entities.Create(local.Type, local.Name);

            var localKey = NameKey.Of(local.Name);
            var names = local.AllNames().Select(n => (Key: NameKey.Of(n), Name: n)).Where(n => n.Key.Length > 0).ToList();
            db.Execute(
                "INSERT INTO mention (article_id, local_key, local_name, tokens, seq, names, entity_id) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6)",
                article.Id, localKey, local.Name, localKey.Count(c => c == ' ') + 1, seq, JsonSerializer.Serialize(names.Select(n => new[] { n.Key, n.Name })), id);
            foreach (var (key, name) in names)
            {
                if (entities.AddName(id, key, name) && resolvedId is not null)
                {
                    gainedNames.Add(id);
                }
            }

            if (resolvedId is not null)
            {
                // A fuller name than the entity's own (or, on replace, this article's earlier place) renames it.
                var renamed = entities.RefreshName(id, onlyIfFullerThan: old is null ? localKey.Count(c => c == ' ') + 1 : 0);
                if (renamed != id)
                {
                    gainedNames.Remove(id);
                    gainedNames.Add(renamed);
                    id = renamed;
                }
            }

            byLocalKey[localKey] = id;
        }

        var (added, mentionCounts) = WriteStatements(facts.Statements, byLocalKey, now, seen);

        if (old is null)
        {
            // A new article only adds: relation rows and counts grow by what it says.
            foreach (var (key, delta) in added)
            {
                relations.Add(key, delta);
            }

            foreach (var (id, count) in mentionCounts)
            {
                entities.AddMentions(id, count);
            }

            foreach (var (local, _, _) in resolved.Where(r => r.EntityId is null))
            {
                entities.AddSearchRow(byLocalKey[NameKey.Of(local.Name)], local.Name, local.Aliases);
            }

            foreach (var id in gainedNames)
            {
                entities.RefreshSearchRow(id);
            }
        }
        else
        {
            // A replaced article may remove support anywhere it used to reach: recompute what it touched.
            relations.Rebuild(old.Relations.Union(added.Keys));
            var touched = old.Entities.Union(byLocalKey.Values).Distinct(StringComparer.Ordinal).ToList();
            foreach (var id in touched)
            {
                entities.RebuildNames(id);
                var current = entities.RefreshName(id);
                entities.Recount(current);
                entities.RefreshSearchRow(current);
            }
        }

        return new PutResult(old is null ? PutOutcome.Added : PutOutcome.Replaced, facts.Entities.Count, facts.Statements.Count);
    }

    /// <summary>Removes exactly what the article contributed. False when it is not stored.</summary>
    public bool Retract(string articleId)
    {
        if (db.Scalar<long>("SELECT count(*) FROM article WHERE id = $p0", articleId) == 0)
        {
            return false;
        }

        var old = RemoveContribution(articleId);
        db.Execute("DELETE FROM article WHERE id = $p0", articleId);
        relations.Rebuild(old.Relations);
        foreach (var id in old.Entities)
        {
            if (!entities.DeleteIfUnsupported(id))
            {
                entities.RebuildNames(id);
                var current = entities.RefreshName(id);
                entities.Recount(current);
                entities.RefreshSearchRow(current);
            }
        }

        return true;
    }

    private OldContribution RemoveContribution(string articleId)
    {
        var touchedEntities = db.Strings("SELECT DISTINCT entity_id FROM mention WHERE article_id = $p0", articleId)
            .ToHashSet(StringComparer.Ordinal);
        var touchedRelations = db.Query(
            "SELECT DISTINCT rel_subject, type, rel_object FROM statement WHERE article_id = $p0 AND negated = 0",
            r => new RelationKey(r.GetString(0), r.GetString(1), r.GetString(2)),
            articleId).ToHashSet();
        db.Execute("DELETE FROM statement WHERE article_id = $p0", articleId);
        db.Execute("DELETE FROM mention WHERE article_id = $p0", articleId);
        return new OldContribution(touchedEntities, touchedRelations);
    }

    private void WriteArticleRow(Article article, long seq, long now, long firstIngested, long seen, bool exists)
    {
        object?[] values =
        [
            article.Id, seq, article.ContentHash, article.Url, article.Title, article.Source,
            article.PublishedAt?.UtcTicks, (long?)article.PublishedAt?.Offset.TotalMinutes, now, firstIngested, seen,
        ];
        db.Execute(
            exists
                ? "UPDATE article SET seq = $p1, content_hash = $p2, url = $p3, title = $p4, source = $p5, published_ticks = $p6, published_offset = $p7, ingested_ticks = $p8, first_ingested_ticks = $p9, seen_ticks = $p10 WHERE id = $p0"
                : "INSERT INTO article (id, seq, content_hash, url, title, source, published_ticks, published_offset, ingested_ticks, first_ingested_ticks, seen_ticks) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10)",
            values);
    }

    private (Dictionary<RelationKey, RelationAggregates.Delta> Added, Dictionary<string, long> Mentions) WriteStatements(
        IReadOnlyList<Statement> statements, Dictionary<string, string> byLocalKey, long now, long seen)
    {
        var added = new Dictionary<RelationKey, RelationAggregates.Delta>();
        var mentions = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var ordinal = 0; ordinal < statements.Count; ordinal++)
        {
            var s = statements[ordinal];
            var subject = byLocalKey[NameKey.Of(s.Subject)];
            var @object = byLocalKey[NameKey.Of(s.Object)];
            var key = RelationKey.Of(ontology, subject, s.Relation, @object);
            db.Execute(
                """
                INSERT INTO statement (article_id, ordinal, type, subject_id, object_id, rel_subject, rel_object, subject_name, object_name,
                    sentence, sentence_index, sentence_start, sentence_end, subject_start, subject_end, object_start, object_end,
                    confidence, log_miss, certain, negated, extracted_ticks, seen_ticks)
                VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16, $p17, $p18, $p19, $p20, $p21, $p22)
                """,
                s.ArticleId, ordinal, s.Relation, subject, @object, key.Subject, key.Object, s.Subject, s.Object,
                s.Sentence ?? string.Empty, s.SentenceIndex, s.SentenceSpan?.Start, s.SentenceSpan?.End, s.SubjectSpan?.Start, s.SubjectSpan?.End,
                s.ObjectSpan?.Start, s.ObjectSpan?.End, s.Confidence, NoisyOr.LogMiss(s.Confidence), NoisyOr.IsCertain(s.Confidence) ? 1 : 0,
                s.Negated ? 1 : 0, now, seen);
            mentions[subject] = mentions.GetValueOrDefault(subject) + 1;
            if (@object != subject)
            {
                mentions[@object] = mentions.GetValueOrDefault(@object) + 1;
            }

            if (!s.Negated)
            {
                if (!added.TryGetValue(key, out var delta))
                {
                    added[key] = delta = new RelationAggregates.Delta();
                }

                delta.Add(s.Confidence, seen);
            }
        }

        return (added, mentions);
    }
}
