using Graph.Core.Model;
using Graph.Core.Names;
using Graph.Core.Ontology;
using Graph.Store.Neo4j.Cypher;
using Graph.Store.Neo4j.Http;
using Graph.Store.Rules;

namespace Graph.Store.Neo4j.Writing;

/// <summary>
/// Writes one article's facts inside the caller's explicit transaction: resolves its entities, replaces exactly its
/// own mentions and statements, and brings relations and entities back in line with what the articles now say.
/// Nothing is committed here; a failure anywhere rolls the whole transaction back.
/// </summary>
internal sealed class ArticleWriter(QueryTransaction tx, Neo4jStatements cypher, GraphOntology ontology, TimeProvider clock, CancellationToken ct)
{
    private readonly EntityUpkeep entities = new(tx, cypher, ontology, ct);

    private sealed record Footprint(IReadOnlyList<string> Entities, IReadOnlyList<RelationKey> Relations);

    public async Task<PutResult> PutAsync(ArticleFacts facts)
    {
        var article = facts.Article;
        var stored = (await tx.RunAsync(cypher.ArticleState, Parameters.Of(("id", article.Id)), ct)).Records.FirstOrDefault();
        if (stored is not null && stored.GetString("contentHash") == article.ContentHash)
        {
            return new PutResult(PutOutcome.Unchanged, 0, 0);
        }

        var now = clock.GetUtcNow();
        var seq = stored?.GetInt64("seq") ?? (await tx.RunAsync(cypher.NextArticleSeq, null, ct)).Single().GetInt64("seq");
        var firstIngested = stored?.GetDateTimeOrNull("firstIngestedAt") ?? now;
        var seen = article.PublishedAt ?? firstIngested;

        // Resolve against the graph as it stands, the old version included, so a re-ingested article keeps its entities.
        var resolved = await ResolveAsync(facts.Entities);
        var claimed = resolved.OfType<string>().ToHashSet(StringComparer.Ordinal);

        var old = stored is null ? null : await RemoveContributionAsync(article.Id);
        if (old is not null)
        {
            // Rebuilt now, while every entity still has the id these relations were keyed by: a rename further down
            // would otherwise leave a relation only the old version supported hanging on the renamed node.
            await entities.RebuildRelationsAsync(old.Relations);
            await entities.DeleteUnsupportedAsync(old.Entities.Where(id => !claimed.Contains(id)));
        }

        await tx.RunAsync(cypher.UpsertArticle, Parameters.Of(("article", Parameters.Of(
            ("id", article.Id), ("seq", seq), ("contentHash", article.ContentHash), ("url", article.Url), ("title", article.Title),
            ("source", article.Source), ("publishedAt", article.PublishedAt), ("ingestedAt", now), ("firstIngestedAt", firstIngested), ("seen", seen)))), ct);

        var ids = new List<string>(facts.Entities.Count);
        for (var i = 0; i < facts.Entities.Count; i++)
        {
            ids.Add(resolved[i] ?? await entities.CreateAsync(facts.Entities[i].Type, facts.Entities[i].Name));
        }

        await tx.RunAsync(cypher.AddMentions, Parameters.Of(("articleId", article.Id), ("rows", facts.Entities.Select((local, i) =>
        {
            var key = NameKey.Of(local.Name);
            return Parameters.Of(("id", ids[i]), ("name", local.Name), ("key", key), ("tokens", key.Count(c => c == ' ') + 1), ("seq", seq), ("aliases", local.AllNames().ToList()));
        }).ToList())), ct);

        // A fuller name than the entity's own renames it (and its id) before the statements are written with the ids.
        var renamed = await entities.RefreshAsync(resolved.OfType<string>(), orderKeys: false);
        var byLocalKey = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < facts.Entities.Count; i++)
        {
            byLocalKey[NameKey.Of(facts.Entities[i].Name)] = renamed.GetValueOrDefault(ids[i], ids[i]);
        }

        var added = await WriteStatementsAsync(facts.Statements, byLocalKey, now, seen);
        await entities.RebuildRelationsAsync(added);
        await entities.RefreshAsync((old?.Entities ?? []).Concat(byLocalKey.Values));

        return new PutResult(old is null ? PutOutcome.Added : PutOutcome.Replaced, facts.Entities.Count, facts.Statements.Count);
    }

    /// <summary>Removes exactly what the article contributed. False when it is not stored.</summary>
    public async Task<bool> RetractAsync(string articleId)
    {
        var footprint = await FootprintAsync(articleId);
        if (footprint is null)
        {
            return false;
        }

        await tx.RunAsync(cypher.ClearArticle, Parameters.Of(("id", articleId)), ct);
        await tx.RunAsync(cypher.DeleteArticle, Parameters.Of(("id", articleId)), ct);
        await entities.RebuildRelationsAsync(footprint.Relations);
        await entities.DeleteUnsupportedAsync(footprint.Entities);
        await entities.RefreshAsync(footprint.Entities);
        return true;
    }

    private async Task<IReadOnlyList<string?>> ResolveAsync(IReadOnlyList<ArticleEntity> locals)
    {
        if (locals.Count == 0)
        {
            return [];
        }

        var names = locals.SelectMany(EntityResolution.QueryRows).ToList();
        var candidates = (await tx.RunAsync(cypher.ResolutionCandidates, Parameters.Of(("names", names)), ct)).Records
            .ToLookup(
                r => r.GetString("forKey"),
                r => new Candidate(r.GetString("id"), r.GetString("nameKey"), r.GetStrings("aliasKeys"), r.GetStringOrNull("lastToken")),
                StringComparer.Ordinal);
        var redirects = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in (await tx.RunAsync(cypher.MergeRedirects, Parameters.Of(("names", names)), ct)).Records)
        {
            redirects.TryAdd(r.GetString("forKey"), r.GetString("keptId"));
        }

        return EntityResolution.Resolve(locals, candidates, redirects);
    }

    private async Task<Footprint?> FootprintAsync(string articleId)
    {
        var row = (await tx.RunAsync(cypher.ArticleFootprint, Parameters.Of(("id", articleId)), ct)).Single();
        if (!row.GetBoolean("found"))
        {
            return null;
        }

        var relations = row.GetStrings("relationIds")
            .Select(id => RelationKey.TryParse(id, out var key) ? key : throw new InvalidOperationException($"stored relation id '{id}' is not subject|TYPE|object"))
            .ToList();
        return new Footprint(row.GetStrings("entityIds"), relations);
    }

    private async Task<Footprint> RemoveContributionAsync(string articleId)
    {
        var footprint = await FootprintAsync(articleId) ?? new Footprint([], []);
        await tx.RunAsync(cypher.ClearArticle, Parameters.Of(("id", articleId)), ct);
        return footprint;
    }

    private async Task<List<RelationKey>> WriteStatementsAsync(IReadOnlyList<Statement> statements, Dictionary<string, string> byLocalKey, DateTimeOffset now, DateTimeOffset seen)
    {
        var added = new List<RelationKey>();
        var rows = new List<Dictionary<string, object?>>(statements.Count);
        for (var ordinal = 0; ordinal < statements.Count; ordinal++)
        {
            var s = statements[ordinal];
            var subject = byLocalKey[NameKey.Of(s.Subject)];
            var @object = byLocalKey[NameKey.Of(s.Object)];
            var key = RelationKey.Of(ontology, subject, s.Relation, @object);
            rows.Add(Reading.Mapping.StatementRow(StatementId(s.ArticleId, ordinal), ordinal, s, key.Id, subject, @object, now, seen));
            if (!s.Negated)
            {
                added.Add(key);
            }
        }

        if (rows.Count > 0)
        {
            await tx.RunAsync(cypher.AddStatements, Parameters.Of(("articleId", statements[0].ArticleId), ("rows", rows)), ct);
        }

        return added;
    }

    /// <summary>A statement's id: its article and its position in the article's list (the SQLite store's form).</summary>
    private static string StatementId(string articleId, int ordinal) => articleId + "#" + ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
