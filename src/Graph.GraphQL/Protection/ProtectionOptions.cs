namespace Graph.GraphQL.Protection;

/// <summary>Limits that protect the server from expensive requests. A null limit is not enforced.</summary>
public sealed record ProtectionOptions
{
    /// <summary>The longest document accepted, in characters (checked before reading it).</summary>
    public int? MaxDocumentLength { get; init; } = 100_000;

    /// <summary>The most tokens a document may hold (the lexer stops at the first token past it).</summary>
    public int? MaxTokens { get; init; } = 10_000;

    /// <summary>The deepest field nesting an operation may have (introspection fields are not counted).</summary>
    public int? MaxDepth { get; init; } = 15;

    /// <summary>The most aliased fields a document may have.</summary>
    public int? MaxAliases { get; init; } = 50;

    /// <summary>The highest estimated cost an operation may have (see <see cref="CostOptions"/>).</summary>
    public int? MaxCost { get; init; } = 50_000;

    public CostOptions Cost { get; init; } = new();

    /// <summary>How long one execution may run before it is cancelled and answered with EXECUTION_TIMEOUT.</summary>
    public TimeSpan? ExecutionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether __schema and __type may be queried (__typename always may).</summary>
    public bool IntrospectionEnabled { get; init; } = true;

    /// <summary>No limits at all (for tests and trusted callers).</summary>
    public static ProtectionOptions None { get; } = new()
    {
        MaxDocumentLength = null, MaxTokens = null, MaxDepth = null, MaxAliases = null, MaxCost = null, ExecutionTimeout = null,
    };
}

/// <summary>
/// How cost is estimated: each field costs its own weight (1 unless set on the field) plus its selections' cost;
/// a list field's selections count once per item it may return: the value of its page-size argument when given,
/// else <see cref="DefaultListSize"/>.
/// </summary>
public sealed record CostOptions
{
    public int DefaultFieldCost { get; init; } = 1;

    public int DefaultListSize { get; init; } = 10;

    /// <summary>Argument names that set how many items a list field returns, first match wins.</summary>
    public IReadOnlyList<string> PageSizeArguments { get; init; } = ["first", "last", "limit", "pageSize"];
}
