namespace Graph.Store;

/// <summary>Which way a relation points, seen from the entity asked about.</summary>
public enum Direction
{
    Both,
    Outgoing,
    Incoming,
}

/// <summary>A page of results: <see cref="EndCursor"/> is opaque; pass it as <c>After</c> for the next page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, string? EndCursor, bool HasNextPage);

/// <summary>The relations of one entity, filtered. <see cref="Since"/>/<see cref="Until"/> bound LastSeen/FirstSeen.</summary>
public sealed record RelationQuery(string EntityId)
{
    public Direction Direction { get; init; } = Direction.Both;

    /// <summary>Relation types to keep; empty keeps all.</summary>
    public IReadOnlyCollection<string> Types { get; init; } = [];

    public DateTimeOffset? Since { get; init; }

    public DateTimeOffset? Until { get; init; }

    public double MinConfidence { get; init; }

    public int MinSupport { get; init; } = 1;

    public int First { get; init; } = 50;

    public string? After { get; init; }
}

/// <summary>Relations across the whole graph, filtered by type and ends (for the API's <c>relations</c> field).</summary>
public sealed record RelationSearch
{
    public IReadOnlyCollection<string> Types { get; init; } = [];

    public string? SubjectId { get; init; }

    public string? ObjectId { get; init; }

    public DateTimeOffset? Since { get; init; }

    public DateTimeOffset? Until { get; init; }

    public int MinSupport { get; init; } = 1;

    public int First { get; init; } = 50;

    public string? After { get; init; }
}

/// <summary>Full-text search over entity names and aliases.</summary>
public sealed record EntitySearch(string Text)
{
    /// <summary>Entity types to keep; empty keeps all.</summary>
    public IReadOnlyCollection<string> Types { get; init; } = [];

    public int First { get; init; } = 20;

    public string? After { get; init; }
}

/// <summary>An entity found by search, with its rank (higher is better; comparable within one result only).</summary>
public sealed record EntityHit(Core.Model.Entity Entity, double Score);

/// <summary>The entities within <see cref="Hops"/> of a start entity, capped at <see cref="Limit"/> nodes.</summary>
public sealed record NeighborhoodQuery(string EntityId, int Hops = 1, int Limit = 200)
{
    public IReadOnlyCollection<string> Types { get; init; } = [];

    public double MinConfidence { get; init; }

    public DateTimeOffset? Since { get; init; }

    public DateTimeOffset? Until { get; init; }
}

/// <summary>A subgraph ready to draw: its nodes, the relations among them, and whether the limit cut it short.</summary>
public sealed record Neighborhood(IReadOnlyList<Core.Model.Entity> Nodes, IReadOnlyList<Relation> Edges, bool Truncated);

/// <summary>Shortest paths between two entities, at most <see cref="MaxHops"/> relations long, at most <see cref="Limit"/> of them.</summary>
public sealed record PathQuery(string FromId, string ToId, int MaxHops = 4, int Limit = 10)
{
    public IReadOnlyCollection<string> Types { get; init; } = [];
}

/// <summary>One path: entities in order, and the relation between each consecutive pair (either direction).</summary>
public sealed record GraphPath(IReadOnlyList<Core.Model.Entity> Nodes, IReadOnlyList<Relation> Edges);

/// <summary>Articles in order of publication (newest first), paged.</summary>
public sealed record ArticleQuery
{
    /// <summary>Only articles that mention this entity, when set.</summary>
    public string? EntityId { get; init; }

    public int First { get; init; } = 50;

    public string? After { get; init; }
}

/// <summary>The size of the graph.</summary>
public sealed record GraphCounts(int Articles, int Entities, int Relations, int Statements, IReadOnlyDictionary<string, int> EntitiesByType, IReadOnlyDictionary<string, int> RelationsByType);

/// <summary>A statement as stored, with the graph-wide entities it resolved to.</summary>
public sealed record StoredStatement(string Id, string RelationId, string SubjectId, string ObjectId, Core.Model.Statement Statement, DateTimeOffset ExtractedAt);

/// <summary>What putting an article did.</summary>
public enum PutOutcome
{
    /// <summary>The article was new.</summary>
    Added,

    /// <summary>The article was known with other content; its statements were replaced.</summary>
    Replaced,

    /// <summary>The article was known with the same content hash; nothing changed.</summary>
    Unchanged,
}

public sealed record PutResult(PutOutcome Outcome, int Entities, int Statements);

/// <summary>The orders <see cref="IGraphStore.ListEntitiesAsync"/> pages in (relevance is <see cref="IGraphStore.SearchEntitiesAsync"/>'s).</summary>
public enum EntityOrder
{
    /// <summary>By the name's <see cref="Core.Names.NameKey"/> (case and diacritics folded), ordinal, then by id.</summary>
    Name,

    /// <summary>Most mentioned first (<see cref="Core.Model.Entity.MentionCount"/> descending), then by id.</summary>
    Mentions,
}

/// <summary>
/// Every entity (or every match of <see cref="Search"/>) in a fixed order, paged with keyset cursors: a cursor is the
/// sort key of the last item, so pages never overlap or skip items, even deep into the list.
/// </summary>
public sealed record EntityListQuery
{
    /// <summary>Only entities matching this text as <see cref="IGraphStore.SearchEntitiesAsync"/> matches it; every entity when null. A text with no letter or digit matches nothing.</summary>
    public string? Search { get; init; }

    /// <summary>Entity types to keep; empty keeps every type of the store's ontology (each type is one index walk).</summary>
    public IReadOnlyCollection<string> Types { get; init; } = [];

    public EntityOrder Order { get; init; } = EntityOrder.Mentions;

    public int First { get; init; } = 50;

    /// <summary>The <see cref="Page{T}.EndCursor"/> of the previous page, given out for the same <see cref="Order"/>.</summary>
    public string? After { get; init; }
}
