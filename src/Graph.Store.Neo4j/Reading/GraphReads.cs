using Graph.Core.Model;
using Graph.Core.Names;
using Graph.Core.Ontology;
using Graph.Store.Neo4j.Cypher;
using Graph.Store.Neo4j.Http;
using Graph.Store.Rules;

namespace Graph.Store.Neo4j.Reading;

/// <summary>The port's reads, each one statement (or a few, for walks) through the resilient client.</summary>
internal sealed class GraphReads(QueryApiClient client, Neo4jStatements cypher, GraphOntology ontology)
{
    /// <summary>Neighborhood steps fetch at most this many relations per hop beyond the node limit (a 1,000-degree node stays cheap).</summary>
    private const int ExpandSlack = 4;

    /// <summary>The literal path-length bound in cypher/queries/shortest-paths.cypher (Cypher cannot take it as a parameter).</summary>
    public const int MaxPathHops = 8;

    private IReadOnlyList<string> Symmetric => [.. ontology.RelationTypes.Where(t => t.Symmetric).Select(t => t.Name)];

    public async Task<Dictionary<string, Entity>> EntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, Entity>(StringComparer.Ordinal);
        }

        var result = await client.RunAsync(cypher.EntitiesById, Parameters.Of(("ids", ids.Distinct(StringComparer.Ordinal).ToList())), ct);
        return result.Records.Select(Mapping.Entity).ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<Entity>> ByNameAsync(string nameOrAlias, CancellationToken ct)
    {
        var key = NameKey.Of(nameOrAlias);
        if (key.Length == 0)
        {
            return [];
        }

        var ids = (await client.RunAsync(cypher.EntitiesByNameKey, Parameters.Of(("key", key)), ct)).Records.Select(r => r.GetString("id")).ToList();
        var found = await EntitiesAsync(ids, ct);
        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }

    /// <summary>
    /// Full-text search: the text is folded by NameKey into words of letters and digits, so the Lucene query built from
    /// them (<c>(w OR w*) AND …</c>: an exact word scores above a prefix) can hold no Lucene syntax from the input.
    /// </summary>
    public async Task<Page<EntityHit>> SearchAsync(EntitySearch query, CancellationToken ct)
    {
        var offset = OffsetCursor.Decode(query.After);
        if (LuceneQuery(query.Text) is not { } lucene || query.First <= 0)
        {
            return new Page<EntityHit>([], 0, null, false);
        }

        var row = (await client.RunAsync(cypher.SearchEntities, Parameters.Of(
            ("query", lucene), ("types", query.Types.ToList()), ("skip", offset), ("first", query.First)), ct)).Single();
        var hits = row.GetRecords("page").Select(h => new EntityHit(Mapping.Entity(h), h.GetDouble("score"))).ToList();
        return OffsetCursor.Page(hits, row.GetInt32("total"), offset, query.First);
    }

    /// <summary>The full-text query for a search text (<c>(w OR w*) AND …</c> over its NameKey words); null when it has no word.</summary>
    public static string? LuceneQuery(string? text)
    {
        var words = NameKey.Of(text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : string.Join(" AND ", words.Select(w => $"({w} OR {w}*)"));
    }

    public async Task<Dictionary<string, Page<Relation>>> RelationsOfAsync(IReadOnlyCollection<string> entityIds, RelationQuery filter, int offset, CancellationToken ct)
    {
        var result = await client.RunAsync(cypher.RelationsOfEntities, Parameters.Of(
            ("ids", entityIds.Distinct(StringComparer.Ordinal).ToList()),
            ("direction", filter.Direction.ToString()),
            ("symmetric", Symmetric),
            ("types", filter.Types.ToList()),
            ("since", filter.Since),
            ("until", filter.Until),
            ("minConfidence", filter.MinConfidence),
            ("minSupport", filter.MinSupport),
            ("skip", offset),
            ("first", filter.First)), ct);
        var found = result.Records.ToDictionary(
            r => r.GetString("entityId"),
            r => OffsetCursor.Page(r.GetList("page").Select(Mapping.Relation).ToList(), r.GetInt32("total"), offset, filter.First),
            StringComparer.Ordinal);

        // Every entity asked about gets a page; an unknown one an empty page.
        return entityIds.Distinct(StringComparer.Ordinal).ToDictionary(
            id => id, id => found.GetValueOrDefault(id) ?? new Page<Relation>([], 0, null, false), StringComparer.Ordinal);
    }

    public async Task<Page<Relation>> SearchRelationsAsync(RelationSearch query, CancellationToken ct)
    {
        var offset = OffsetCursor.Decode(query.After);
        var row = (await client.RunAsync(cypher.SearchRelations, Parameters.Of(
            ("types", query.Types.ToList()),
            ("symmetric", Symmetric),
            ("subjectId", query.SubjectId),
            ("objectId", query.ObjectId),
            ("since", query.Since),
            ("until", query.Until),
            ("minSupport", query.MinSupport),
            ("skip", offset),
            ("first", query.First)), ct)).Single();
        return OffsetCursor.Page(row.GetList("page").Select(Mapping.Relation).ToList(), row.GetInt32("total"), offset, query.First);
    }

    public async Task<Relation?> RelationAsync(string relationId, CancellationToken ct)
    {
        if (!RelationKey.TryParse(relationId, out var key))
        {
            return null;
        }

        var rows = (await client.RunAsync(cypher.RelationById, Parameters.Of(("id", relationId), ("subjectId", key.Subject), ("objectId", key.Object)), ct)).Records;
        return rows.Count == 0 ? null : Mapping.Relation(rows[0]["relation"]);
    }

    /// <summary>Breadth-first from the start entity, strongest relations first, until <see cref="NeighborhoodQuery.Limit"/> nodes; then every filtered relation among them.</summary>
    public async Task<Neighborhood> NeighborhoodAsync(NeighborhoodQuery query, CancellationToken ct)
    {
        var start = await EntitiesAsync([query.EntityId], ct);
        if (start.Count == 0)
        {
            return new Neighborhood([], [], false);
        }

        var limit = Math.Max(1, query.Limit);
        var nodes = new List<string> { query.EntityId };
        var seen = new HashSet<string>(nodes, StringComparer.Ordinal);
        var frontier = new List<string> { query.EntityId };
        var truncated = false;
        for (var hop = 0; hop < query.Hops && frontier.Count > 0; hop++)
        {
            var rows = (await client.RunAsync(cypher.Expand, Filter(query, ("ids", frontier), ("limit", limit * ExpandSlack)), ct)).Records;
            var next = new List<string>();
            foreach (var relation in rows.Select(r => Mapping.Relation(r["relation"])))
            {
                foreach (var end in new[] { relation.SubjectId, relation.ObjectId }.Where(e => !seen.Contains(e)))
                {
                    if (nodes.Count >= limit)
                    {
                        truncated = true;
                        continue;
                    }

                    seen.Add(end);
                    nodes.Add(end);
                    next.Add(end);
                }
            }

            truncated |= rows.Count >= limit * ExpandSlack;
            frontier = next;
        }

        var edges = (await client.RunAsync(cypher.RelationsAmong, Filter(query, ("ids", nodes)), ct)).Records.Select(r => Mapping.Relation(r["relation"])).ToList();
        var entities = await EntitiesAsync(nodes, ct);
        return new Neighborhood([.. nodes.Where(entities.ContainsKey).Select(id => entities[id])], edges, truncated);
    }

    public async Task<IReadOnlyList<GraphPath>> PathsAsync(PathQuery query, CancellationToken ct)
    {
        if (query.MaxHops > MaxPathHops)
        {
            throw new ArgumentOutOfRangeException(nameof(query), $"MaxHops is {query.MaxHops}; the Neo4j store finds paths of at most {MaxPathHops} hops");
        }

        var ends = await EntitiesAsync([query.FromId, query.ToId], ct);
        if (!ends.ContainsKey(query.FromId) || !ends.ContainsKey(query.ToId) || query.Limit <= 0 || query.MaxHops < 0)
        {
            return [];
        }

        if (query.FromId == query.ToId)
        {
            return [new GraphPath([ends[query.FromId]], [])];
        }

        if (query.MaxHops == 0)
        {
            return [];
        }

        var rows = (await client.RunAsync(cypher.ShortestPaths, Parameters.Of(
            ("fromId", query.FromId), ("toId", query.ToId), ("maxHops", query.MaxHops), ("types", query.Types.ToList()), ("limit", query.Limit)), ct)).Records;
        var paths = rows.Select(r => (Nodes: r.GetStrings("nodeIds"), Edges: r.GetList("relations").Select(Mapping.Relation).ToList())).ToList();
        var entities = await EntitiesAsync(paths.SelectMany(p => p.Nodes).ToList(), ct);
        return [.. paths.Select(p => new GraphPath([.. p.Nodes.Select(id => entities[id])], p.Edges))];
    }

    public async Task<Dictionary<string, IReadOnlyList<Evidence>>> EvidenceAsync(IReadOnlyCollection<string> relationIds, int maxPerRelation, CancellationToken ct)
    {
        var rows = (await client.RunAsync(cypher.Evidence, Parameters.Of(("ids", relationIds.Distinct(StringComparer.Ordinal).ToList()), ("max", Math.Max(0, maxPerRelation))), ct)).Records;
        var found = rows.ToDictionary(
            r => r.GetString("relationId"),
            r => (IReadOnlyList<Evidence>)[.. r.GetList("items").Select(Mapping.Evidence)],
            StringComparer.Ordinal);

        // Every id asked about gets an entry; one without statements (or unknown) an empty list.
        return relationIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, id => found.GetValueOrDefault(id) ?? [], StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<Evidence>> TimelineAsync(string entityId, DateTimeOffset? since, DateTimeOffset? until, int limit, CancellationToken ct)
    {
        var rows = (await client.RunAsync(cypher.Timeline, Parameters.Of(("id", entityId), ("since", since), ("until", until), ("limit", Math.Max(0, limit))), ct)).Records;
        return [.. rows.Select(r => Mapping.Evidence(r["item"]))];
    }

    public async Task<Article?> ArticleAsync(string id, CancellationToken ct)
    {
        var rows = (await client.RunAsync(cypher.ArticleById, Parameters.Of(("id", id)), ct)).Records;
        return rows.Count == 0 ? null : Mapping.Article(rows[0]["article"]);
    }

    public async Task<Page<Article>> ArticlesAsync(ArticleQuery query, CancellationToken ct)
    {
        var offset = OffsetCursor.Decode(query.After);
        var row = (await client.RunAsync(cypher.Articles, Parameters.Of(("entityId", query.EntityId), ("skip", offset), ("first", query.First)), ct)).Single();
        return OffsetCursor.Page(row.GetList("page").Select(Mapping.Article).ToList(), row.GetInt32("total"), offset, query.First);
    }

    public async Task<GraphCounts> CountsAsync(CancellationToken ct)
    {
        var r = (await client.RunAsync(cypher.Counts, null, ct)).Single();
        return new GraphCounts(
            r.GetInt32("articles"), r.GetInt32("entities"), r.GetInt32("relations"), r.GetInt32("statements"),
            ByType(r.GetRecords("entitiesByType")), ByType(r.GetRecords("relationsByType")));
    }

    /// <summary>The whole graph in one read transaction, so the four parts agree with each other.</summary>
    public Task<GraphSnapshot> AllAsync(CancellationToken ct) => client.InTransactionAsync(async (tx, token) =>
    {
        var articles = (await tx.RunAsync(cypher.AllArticles, null, token)).Records.Select(r => Mapping.Article(r["article"])).ToList();
        var entities = (await tx.RunAsync(cypher.AllEntities, null, token)).Records.Select(Mapping.Entity).ToList();
        var relations = (await tx.RunAsync(cypher.AllRelations, null, token)).Records.Select(r => Mapping.Relation(r["relation"])).ToList();
        var statements = (await tx.RunAsync(cypher.AllStatements, null, token)).Records.Select(r => Mapping.StoredStatement(r["statement"])).ToList();
        var mentions = (await tx.RunAsync(cypher.AllMentions, null, token)).Records
            .Select(r => ArticleMention.Of(r.GetString("articleId"), r.GetString("entityId"), r.GetString("name"), r.GetStrings("names")));
        var order = (await tx.RunAsync(cypher.IngestionOrder, null, token)).Records.Select(r => r.GetString("id")).ToList();
        return new GraphSnapshot(articles, entities, relations, statements) { Mentions = ArticleMention.Canonical(mentions), IngestionOrder = order };
    }, ct);

    private static Dictionary<string, object?> Filter(NeighborhoodQuery query, params (string, object?)[] more) =>
        Parameters.Of([.. more, ("types", query.Types.ToList()), ("minConfidence", query.MinConfidence), ("since", query.Since), ("until", query.Until)]);

    private static Dictionary<string, int> ByType(IReadOnlyList<QueryRecord> rows) =>
        rows.ToDictionary(r => r.GetString("type"), r => r.GetInt32("count"), StringComparer.Ordinal);
}
