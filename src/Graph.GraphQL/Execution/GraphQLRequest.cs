namespace Graph.GraphQL.Execution;

/// <summary>One GraphQL request: the document text, which operation, variable values (as read from JSON), and context.</summary>
public sealed record GraphQLRequest
{
    public required string Query { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Variable values as plain .NET values: string, bool, long/int/double, null, lists, string-keyed dictionaries (see <see cref="JsonInput"/>).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>Passed to every resolver as <see cref="ResolveContext.UserContext"/>.</summary>
    public object? UserContext { get; init; }

    public IServiceProvider? Services { get; init; }

    /// <summary>The value root fields resolve against.</summary>
    public object? RootValue { get; init; }

    /// <summary>Told of every server-side fault in a field (e.g. to log it); what the client sees does not change.</summary>
    public Action<FieldFailure>? OnFieldFailure { get; init; }
}
