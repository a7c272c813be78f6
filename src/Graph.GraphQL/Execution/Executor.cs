using System.Collections;
using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>
/// Executes a validated document (spec §6). Sibling fields of queries start together and run concurrently; mutation
/// root fields run one after another. A null (or an error) in a non-null position travels up to the nearest nullable
/// field or list item, and each error is recorded once, with the path where it arose.
/// </summary>
public static partial class Executor
{
    /// <summary>Marks "null here, and this position may not be null": the parent must become null in turn.</summary>
    private static readonly object Bubble = new();

    /// <summary>Runs a query or mutation. Subscriptions go through <see cref="SubscribeAsync"/>.</summary>
    public static async Task<ExecutionResult> ExecuteAsync(
        Schema schema, DocumentNode document, GraphQLRequest request, ExecutionOptions? options = null, CancellationToken cancellationToken = default)
    {
        var prepared = Prepare(schema, document, request, options ?? ExecutionOptions.Default, cancellationToken, out var failure);
        if (prepared is null) return failure!;
        if (prepared.Operation.Operation == OperationType.Subscription)
        {
            return ExecutionResult.RequestError(new GraphQLError(
                "Subscriptions must be executed through SubscribeAsync.", [prepared.Operation.Location], null, ErrorCodes.BadUserInput));
        }
        return await WithoutSynchronizationContext(() => ExecuteOperationAsync(prepared, prepared.Request.RootValue)).ConfigureAwait(false);
    }

    /// <summary>
    /// Starts work with no synchronization context, so that resolvers' awaits resume inline on the thread that
    /// completed what they waited for: a data-loader batch then hands out its values and the work they unblock
    /// queues its own loads before the next batch is sent (under a UI or test context they would be posted instead).
    /// </summary>
    internal static Task<T> WithoutSynchronizationContext<T>(Func<Task<T>> start)
    {
        var previous = SynchronizationContext.Current;
        if (previous is null) return start();
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return start();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    /// <summary>Finds the operation and coerces variables; returns null and a request-error result when either fails.</summary>
    private static ExecutionContext? Prepare(
        Schema schema, DocumentNode document, GraphQLRequest request, ExecutionOptions options, CancellationToken cancellationToken, out ExecutionResult? failure)
    {
        failure = null;
        OperationDefinitionNode? operation = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode candidate) continue;
            if (request.OperationName is null)
            {
                if (operation is not null)
                {
                    failure = ExecutionResult.RequestError(new GraphQLError(
                        "Must provide operation name if query contains multiple operations.", null, null, ErrorCodes.OperationNotFound));
                    return null;
                }
                operation = candidate;
            }
            else if (candidate.Name?.Value == request.OperationName)
            {
                operation = candidate;
            }
        }
        if (operation is null)
        {
            failure = ExecutionResult.RequestError(new GraphQLError(
                request.OperationName is null ? "Must provide an operation." : $"Unknown operation named \"{request.OperationName}\".",
                null, null, ErrorCodes.OperationNotFound));
            return null;
        }
        if (schema.GetRootType(operation.Operation) is null)
        {
            failure = ExecutionResult.RequestError(new GraphQLError(
                $"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.", [operation.Location], null, ErrorCodes.BadUserInput));
            return null;
        }
        var errors = new List<GraphQLError>();
        var variables = ValueCoercion.CoerceVariableValues(schema, operation, request.Variables, errors);
        if (errors.Count > 0)
        {
            failure = ExecutionResult.RequestError(errors);
            return null;
        }
        return new ExecutionContext(schema, document, operation, variables, request, options, cancellationToken);
    }

    private static async Task<ExecutionResult> ExecuteOperationAsync(ExecutionContext context, object? rootValue)
    {
        var rootType = context.Schema.GetRootType(context.Operation.Operation)!;
        object? data;
        try
        {
            var fields = FieldCollector.Collect(context, rootType, context.Operation.SelectionSet);
            var serial = context.Operation.Operation == OperationType.Mutation;
            var task = serial
                ? ExecuteFieldsSeriallyAsync(context, rootType, rootValue, fields, null)
                : ExecuteFieldsAsync(context, rootType, rootValue, fields, null);
            data = task.IsCompletedSuccessfully ? task.Result : await DriveAsync(context, task.AsTask()).ConfigureAwait(false);
        }
        catch (FieldErrorException ex)
        {
            // A @skip/@include with a bad argument on a root selection.
            context.AddError(new GraphQLError(ex.Message, [ex.Location], null, ErrorCodes.BadUserInput));
            data = null;
        }
        return new ExecutionResult(data as ResultMap, context.Errors, true);
    }

    /// <summary>Waits for execution while sending data-loader batches whenever the running work has queued loads.</summary>
    private static async Task<object?> DriveAsync(ExecutionContext context, Task<object?> execution)
    {
        // Only executions that go asynchronous get here, so only they pay for a loader context.
        var loaders = context.Loaders;
        while (!execution.IsCompleted)
        {
            if (loaders.Drive()) continue;
            await Task.WhenAny(execution, loaders.WaitForWork()).ConfigureAwait(false);
        }
        return await execution.ConfigureAwait(false);
    }

    private static ValueTask<object?> ExecuteFieldsAsync(
        ExecutionContext context, ObjectType type, object? source, OrderedDictionary<string, List<FieldNode>> fields, ResponsePath? path)
    {
        var result = new ResultMap(fields.Count);
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        var bubble = false;
        for (var i = 0; i < fields.Count; i++)
        {
            var (key, nodes) = fields.GetAt(i);
            var definition = context.Schema.GetField(type, nodes[0].Name.Value);
            if (definition is null) continue;
            var index = result.Add(key, null);
            var task = definition.ParentReader is { } read
                ? ExecuteParentReadField(context, type, source, definition, read, nodes, path, key)
                : ExecuteFieldAsync(context, type, source, definition, nodes, new ResponsePath(path, key));
            if (task.IsCompletedSuccessfully)
            {
                var value = task.Result;
                if (ReferenceEquals(value, Bubble))
                {
                    // This object is null now; like graphql-js, fields not yet started are not run.
                    bubble = true;
                    break;
                }
                result.Set(index, value);
            }
            else
            {
                (pending ??= []).Add((index, task));
            }
        }
        if (pending is null) return new ValueTask<object?>(bubble ? Bubble : result);
        return AwaitFieldsAsync(result, pending, bubble);
    }

    private static async ValueTask<object?> AwaitFieldsAsync(ResultMap result, List<(int Index, ValueTask<object?> Task)> pending, bool bubble)
    {
        foreach (var (index, task) in pending)
        {
            var value = await task.ConfigureAwait(false);
            if (ReferenceEquals(value, Bubble)) bubble = true;
            else result.Set(index, value);
        }
        return bubble ? Bubble : result;
    }

    private static async ValueTask<object?> ExecuteFieldsSeriallyAsync(
        ExecutionContext context, ObjectType type, object? source, OrderedDictionary<string, List<FieldNode>> fields, ResponsePath? path)
    {
        var result = new ResultMap(fields.Count);
        var bubble = false;
        for (var i = 0; i < fields.Count; i++)
        {
            var (key, nodes) = fields.GetAt(i);
            var definition = context.Schema.GetField(type, nodes[0].Name.Value);
            if (definition is null) continue;
            var index = result.Add(key, null);
            var task = ExecuteFieldAsync(context, type, source, definition, nodes, new ResponsePath(path, key));
            var value = task.IsCompletedSuccessfully ? task.Result : await DriveAsync(context, task.AsTask()).ConfigureAwait(false);
            if (ReferenceEquals(value, Bubble)) bubble = true;
            else result.Set(index, value);
        }
        return bubble ? Bubble : result;
    }

    private static async ValueTask<object?> ExecuteFieldAsync(
        ExecutionContext context, ObjectType parentType, object? source, FieldDefinition field, List<FieldNode> nodes, ResponsePath path)
    {
        var returnType = field.Type;
        try
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var arguments = field.Arguments.Count == 0
                ? ValueCoercion.EmptyArguments
                : context.Plan.Arguments(nodes[0], field, context.Variables);
            var resolveContext = new ResolveContext(context, source, arguments, field, parentType, nodes, path);
            var resolved = field.Resolver is { } resolver ? resolver(resolveContext) : DefaultResolve(resolveContext);
            var value = resolved.IsCompletedSuccessfully ? resolved.Result : await resolved.ConfigureAwait(false);
            var completion = CompleteValueAsync(context, returnType, nodes, path, value, field, parentType);
            var completed = completion.IsCompletedSuccessfully ? completion.Result : await completion.ConfigureAwait(false);
            return ReferenceEquals(completed, Bubble) && returnType is not NonNullType ? null : completed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            context.AddError(ToError(context, ex, nodes, path, field, parentType));
            return returnType is NonNullType ? Bubble : null;
        }
    }

    /// <summary>
    /// A field read from its parent alone (<see cref="FieldDefinition.ParentReader"/>): no resolve context, and for a
    /// leaf value no response path either unless an error needs one. Otherwise as <see cref="ExecuteFieldAsync"/>.
    /// </summary>
    private static ValueTask<object?> ExecuteParentReadField(
        ExecutionContext context, ObjectType parentType, object? source, FieldDefinition field, Func<object?, object?> read,
        List<FieldNode> nodes, ResponsePath? parentPath, string key)
    {
        var returnType = field.Type;
        object? value;
        try
        {
            value = read(source);
            var named = returnType is NonNullType nonNull ? nonNull.OfType : returnType;
            switch (named)
            {
                case ScalarType scalar when value is not null:
                    return new ValueTask<object?>(scalar.Serialize(value));
                case EnumType e when value is not null:
                    return new ValueTask<object?>(e.Serialize(value));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            context.AddError(ToError(context, ex, nodes, new ResponsePath(parentPath, key), field, parentType));
            return new ValueTask<object?>(returnType is NonNullType ? Bubble : null);
        }
        // Nulls and composite values: completed as any other field's.
        var path = new ResponsePath(parentPath, key);
        try
        {
            var completion = CompleteValueAsync(context, returnType, nodes, path, value, field, parentType);
            if (!completion.IsCompletedSuccessfully) return AwaitCompletionAsync(context, completion, returnType, nodes, path, field, parentType);
            var completed = completion.Result;
            return new ValueTask<object?>(ReferenceEquals(completed, Bubble) && returnType is not NonNullType ? null : completed);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            context.AddError(ToError(context, ex, nodes, path, field, parentType));
            return new ValueTask<object?>(returnType is NonNullType ? Bubble : null);
        }
    }

    private static async ValueTask<object?> AwaitCompletionAsync(
        ExecutionContext context, ValueTask<object?> completion, GraphQLType returnType, List<FieldNode> nodes, ResponsePath path, FieldDefinition field,
        ObjectType parentType)
    {
        try
        {
            var completed = await completion.ConfigureAwait(false);
            return ReferenceEquals(completed, Bubble) && returnType is not NonNullType ? null : completed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            context.AddError(ToError(context, ex, nodes, path, field, parentType));
            return returnType is NonNullType ? Bubble : null;
        }
    }

    /// <summary>Without a resolver: the parent's entry of the field's name, when the parent is a dictionary.</summary>
    private static ValueTask<object?> DefaultResolve(ResolveContext context) => context.Source switch
    {
        IReadOnlyDictionary<string, object?> map => new ValueTask<object?>(map.GetValueOrDefault(context.Field.Name)),
        IDictionary<string, object?> map => new ValueTask<object?>(map.TryGetValue(context.Field.Name, out var v) ? v : null),
        _ when context.Field.Subscriber is not null => new ValueTask<object?>(context.Source),
        _ => new ValueTask<object?>((object?)null),
    };

    private static GraphQLError ToError(ExecutionContext context, Exception ex, List<FieldNode> nodes, ResponsePath path, FieldDefinition field, ObjectType parentType)
    {
        if (ex is AggregateException { InnerExceptions.Count: 1 } aggregate) ex = aggregate.InnerException!;
        var locations = nodes.Select(n => n.Location).ToArray();
        switch (ex)
        {
            case GraphQLException g: return new GraphQLError(g.Message, locations, path.ToList(), g.Code);
            case FieldErrorException f: return new GraphQLError(f.Message, [f.Location], path.ToList(), ErrorCodes.BadUserInput);
        }
        // Everything else is the server's fault: the log hears of it with its detail, the client only as much as is safe.
        Report(context, ex, path, field, parentType);
        return ex switch
        {
            CompletionException c => new GraphQLError(c.Message, locations, path.ToList(), ErrorCodes.InternalServerError),
            ScalarCoercionException s => new GraphQLError(s.Message, locations, path.ToList(), ErrorCodes.InternalServerError),
            _ => new GraphQLError(
                context.Options.ExposeExceptionMessages ? ex.Message : "Unexpected error.", locations, path.ToList(), ErrorCodes.InternalServerError),
        };
    }

    private static void Report(ExecutionContext context, Exception ex, ResponsePath path, FieldDefinition field, ObjectType parentType)
    {
        if (context.Request.OnFieldFailure is not { } report) return;
        try
        {
            report(new FieldFailure(ex, $"{parentType.Name}.{field.Name}", path.ToString(), context.Operation.Name?.Value));
        }
#pragma warning disable CA1031 // A failing log must not turn a field error into a failed request.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private static ValueTask<object?> CompleteValueAsync(
        ExecutionContext context, GraphQLType type, List<FieldNode> nodes, ResponsePath path, object? value, FieldDefinition field, ObjectType parentType)
    {
        if (type is NonNullType nonNull)
        {
            var inner = CompleteValueAsync(context, nonNull.OfType, nodes, path, value, field, parentType);
            if (!inner.IsCompletedSuccessfully) return AwaitNonNullAsync(context, inner, nodes, path, field, parentType);
            return new ValueTask<object?>(CheckNonNull(context, inner.Result, nodes, path, field, parentType));
        }
        if (value is null) return new ValueTask<object?>((object?)null);
        switch (type)
        {
            case ListType list:
                return CompleteListAsync(context, list, nodes, path, value, field, parentType);
            case ScalarType scalar:
                return new ValueTask<object?>(scalar.Serialize(value));
            case EnumType e:
                return new ValueTask<object?>(e.Serialize(value));
            case ObjectType objectType:
                return CompleteObjectAsync(context, objectType, nodes, path, value, field, parentType);
            default:
                var runtimeType = ResolveRuntimeType(context, (NamedType)type, value, field, parentType);
                return CompleteObjectAsync(context, runtimeType, nodes, path, value, field, parentType);
        }
    }

    private static async ValueTask<object?> AwaitNonNullAsync(
        ExecutionContext context, ValueTask<object?> inner, List<FieldNode> nodes, ResponsePath path, FieldDefinition field, ObjectType parentType) =>
        CheckNonNull(context, await inner.ConfigureAwait(false), nodes, path, field, parentType);

    private static object? CheckNonNull(ExecutionContext context, object? value, List<FieldNode> nodes, ResponsePath path, FieldDefinition field, ObjectType parentType)
    {
        if (value is not null) return value;
        context.AddError(new GraphQLError(
            $"Cannot return null for non-nullable field {parentType.Name}.{field.Name}.", nodes.Select(n => n.Location).ToArray(), path.ToList(),
            ErrorCodes.InternalServerError));
        return Bubble;
    }

    private static ValueTask<object?> CompleteObjectAsync(
        ExecutionContext context, ObjectType type, List<FieldNode> nodes, ResponsePath path, object value, FieldDefinition field, ObjectType parentType)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(value))
        {
            throw new CompletionException($"Expected value of type \"{type.Name}\" but got: {Inspect.Value(value)}.");
        }
        var subfields = FieldCollector.CollectSubfields(context, type, nodes);
        return ExecuteFieldsAsync(context, type, value, subfields, path);
    }

    private static ObjectType ResolveRuntimeType(ExecutionContext context, NamedType abstractType, object value, FieldDefinition field, ObjectType parentType)
    {
        var resolver = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        if (resolver is not null)
        {
            var name = resolver(value);
            if (name is null || context.Schema.GetType(name) is not ObjectType resolved)
            {
                throw new CompletionException(name is null
                    ? $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{field.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function."
                    : $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema.");
            }
            if (!context.Schema.IsPossibleType(abstractType, resolved))
            {
                throw new CompletionException($"Runtime Object type \"{resolved.Name}\" is not a possible type for \"{abstractType.Name}\".");
            }
            return resolved;
        }
        foreach (var candidate in context.Schema.GetPossibleTypes(abstractType))
        {
            if (candidate.IsTypeOf is { } isTypeOf && isTypeOf(value)) return candidate;
        }
        // As graphql-js's default type resolver: a dictionary value may name its type under "__typename".
        if (value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("__typename", out var typename) && typename is string typeName)
        {
            if (context.Schema.GetType(typeName) is ObjectType named && context.Schema.IsPossibleType(abstractType, named)) return named;
        }
        throw new CompletionException(
            $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{field.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
    }

    private static ValueTask<object?> CompleteListAsync(
        ExecutionContext context, ListType type, List<FieldNode> nodes, ResponsePath path, object value, FieldDefinition field, ObjectType parentType)
    {
        if (value is not IEnumerable items || value is string || value is IDictionary<string, object?>)
        {
            throw new CompletionException($"Expected Iterable, but did not find one for field \"{parentType.Name}.{field.Name}\".");
        }
        var itemType = type.OfType;
        // The results go straight into an array of the list's size (a lazy sequence is read into a list first).
        if (items is not ICollection collection)
        {
            var buffer = new List<object?>();
            foreach (var item in items) buffer.Add(item);
            collection = buffer;
        }
        var results = collection.Count == 0 ? [] : new object?[collection.Count];
        List<(int Index, ValueTask<object?> Task, ResponsePath Path)>? pending = null;
        var bubble = false;
        var index = 0;
        foreach (var item in collection)
        {
            var itemPath = new ResponsePath(path, index);
            ValueTask<object?> task;
            try
            {
                task = CompleteValueAsync(context, itemType, nodes, itemPath, item, field, parentType);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                task = new ValueTask<object?>(ItemError(context, ex, itemType, nodes, itemPath, field, parentType));
            }
            if (task.IsCompletedSuccessfully)
            {
                var completed = task.Result;
                if (ReferenceEquals(completed, Bubble))
                {
                    if (itemType is NonNullType)
                    {
                        // The whole list is null now; like graphql-js, the remaining items are not completed.
                        bubble = true;
                        break;
                    }
                    completed = null;
                }
                results[index] = completed;
            }
            else
            {
                (pending ??= []).Add((index, task, itemPath));
            }
            index++;
        }
        if (pending is null) return new ValueTask<object?>(bubble ? Bubble : results);
        return AwaitListAsync(context, results, pending, bubble, itemType, nodes, field, parentType);
    }

    private static async ValueTask<object?> AwaitListAsync(
        ExecutionContext context, object?[] results, List<(int Index, ValueTask<object?> Task, ResponsePath Path)> pending, bool bubble,
        GraphQLType itemType, List<FieldNode> nodes, FieldDefinition field, ObjectType parentType)
    {
        foreach (var (index, task, itemPath) in pending)
        {
            object? completed;
            try
            {
                completed = await task.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                completed = ItemError(context, ex, itemType, nodes, itemPath, field, parentType);
            }
            if (ReferenceEquals(completed, Bubble))
            {
                if (itemType is NonNullType) bubble = true;
                completed = null;
            }
            results[index] = completed;
        }
        return bubble ? Bubble : results;
    }

    private static object? ItemError(
        ExecutionContext context, Exception ex, GraphQLType itemType, List<FieldNode> nodes, ResponsePath path, FieldDefinition field, ObjectType parentType)
    {
        context.AddError(ToError(context, ex, nodes, path, field, parentType));
        return itemType is NonNullType ? Bubble : null;
    }

    /// <summary>A value that does not fit its type (a server-side fault, reported as a field error).</summary>
    private sealed class CompletionException(string message) : Exception(message);
}
