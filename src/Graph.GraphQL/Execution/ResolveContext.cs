using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>What a resolver gets: the parent value, the coerced arguments, where it is, and the request's services.</summary>
public sealed class ResolveContext
{
    private readonly ExecutionContext _execution;

    internal ResolveContext(
        ExecutionContext execution, object? source, IReadOnlyDictionary<string, object?> arguments,
        FieldDefinition field, ObjectType parentType, IReadOnlyList<FieldNode> fieldNodes, ResponsePath path)
    {
        _execution = execution;
        Source = source;
        Arguments = arguments;
        Field = field;
        ParentType = parentType;
        FieldNodes = fieldNodes;
        Path = path;
    }

    /// <summary>The parent object's value (the root value for root fields).</summary>
    public object? Source { get; }

    /// <summary>Coerced argument values; absent arguments without defaults are absent here too.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public FieldDefinition Field { get; }

    public ObjectType ParentType { get; }

    public IReadOnlyList<FieldNode> FieldNodes { get; }

    public ResponsePath Path { get; }

    public Schema Schema => _execution.Schema;

    public OperationDefinitionNode Operation => _execution.Operation;

    public IReadOnlyDictionary<string, object?> Variables => _execution.Variables;

    /// <summary>Whatever the caller passed as the request's context (e.g. the store, the user).</summary>
    public object? UserContext => _execution.Request.UserContext;

    public IServiceProvider? Services => _execution.Request.Services;

    /// <summary>Cancelled when the client goes away or the execution timeout passes.</summary>
    public CancellationToken CancellationToken => _execution.CancellationToken;

    /// <summary>The request's data loaders (per request, so batches never mix requests).</summary>
    public DataLoaderContext Loaders => _execution.Loaders;

    public T Parent<T>() => (T)Source!;

    /// <summary>An argument's value converted to <typeparamref name="T"/>; throws if it is absent.</summary>
    public T Argument<T>(string name) =>
        Arguments.TryGetValue(name, out var value) ? (T)value! : throw new KeyNotFoundException($"Argument \"{name}\" was not given.");

    /// <summary>An argument's value, or <paramref name="fallback"/> when absent or null.</summary>
    public T ArgumentOrDefault<T>(string name, T fallback) =>
        Arguments.TryGetValue(name, out var value) && value is T typed ? typed : fallback;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);
}
