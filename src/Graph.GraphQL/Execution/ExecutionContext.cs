using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>The state of one operation's execution: schema, operation, variables, errors so far, loaders.</summary>
internal sealed class ExecutionContext
{
    private List<GraphQLError>? _errors;
    private readonly Lock _lock = new();

    public ExecutionContext(
        Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request, ExecutionOptions options, CancellationToken cancellationToken)
    {
        Schema = schema;
        Document = document;
        Operation = operation;
        Variables = variables;
        Request = request;
        Options = options;
        CancellationToken = cancellationToken;
        Plan = ExecutionPlan.For(document);
    }

    public ExecutionPlan Plan { get; }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public OperationDefinitionNode Operation { get; }

    public Dictionary<string, FragmentDefinitionNode> Fragments => Plan.Fragments;

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public GraphQLRequest Request { get; }

    public ExecutionOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    private DataLoaderContext? _loaders;

    /// <summary>Created on first use: most requests never load through a data loader.</summary>
    public DataLoaderContext Loaders
    {
        get
        {
            if (_loaders is not null) return _loaders;
            lock (_lock) return _loaders ??= new DataLoaderContext { CancellationToken = CancellationToken };
        }
    }

    public void AddError(GraphQLError error)
    {
        lock (_lock) (_errors ??= []).Add(error);
    }

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_lock) return _errors is null ? [] : [.. _errors];
        }
    }
}

/// <summary>How execution behaves.</summary>
public sealed record ExecutionOptions
{
    public static readonly ExecutionOptions Default = new();

    /// <summary>
    /// When false (the default), a resolver's unexpected exception reaches the client only as "Unexpected error.";
    /// when true, its message is shown (for development).
    /// </summary>
    public bool ExposeExceptionMessages { get; init; }
}
