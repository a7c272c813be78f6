using System.Runtime.CompilerServices;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>The outcome of starting a subscription: a stream of responses, or the errors that stopped it starting.</summary>
public sealed class SubscriptionResult
{
    internal SubscriptionResult(IAsyncEnumerable<ExecutionResult>? stream, ExecutionResult? error)
    {
        Stream = stream;
        Error = error;
    }

    /// <summary>One response per source event; null when the subscription could not start.</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; }

    /// <summary>Why the subscription could not start (request or field errors); null when it started.</summary>
    public ExecutionResult? Error { get; }
}

public static partial class Executor
{
    /// <summary>
    /// Spec Subscribe (§6.2.3): resolves the single root field's source stream, then executes the selection once per
    /// event with the event as the root value (MapSourceToResponseEvent).
    /// </summary>
    public static async Task<SubscriptionResult> SubscribeAsync(
        Schema schema, DocumentNode document, GraphQLRequest request, ExecutionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ExecutionOptions.Default;
        var context = Prepare(schema, document, request, options, cancellationToken, out var failure);
        if (context is null) return new SubscriptionResult(null, failure);
        if (context.Operation.Operation != OperationType.Subscription)
        {
            return new SubscriptionResult(null, ExecutionResult.RequestError(new GraphQLError(
                "SubscribeAsync needs a subscription operation.", [context.Operation.Location], null, ErrorCodes.BadUserInput)));
        }
        var rootType = schema.Subscription!;
        var fields = FieldCollector.Collect(context, rootType, context.Operation.SelectionSet);
        var (key, nodes) = fields.GetAt(0);
        var field = schema.GetField(rootType, nodes[0].Name.Value)!;
        var path = new ResponsePath(null, key);
        IAsyncEnumerable<object?> source;
        try
        {
            if (field.Subscriber is null) throw new GraphQLException($"Subscription field \"{field.Name}\" has no source stream.", ErrorCodes.InternalServerError);
            var arguments = ValueCoercion.CoerceArgumentValues(field.Arguments, nodes[0].Arguments, nodes[0], context.Variables);
            source = await field.Subscriber(new ResolveContext(context, request.RootValue, arguments, field, rootType, nodes, path)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new SubscriptionResult(null, new ExecutionResult(null, [ToError(context, ex, nodes, path, field, rootType)], false));
        }
        return new SubscriptionResult(MapEvents(context, source, cancellationToken), null);
    }

    private static async IAsyncEnumerable<ExecutionResult> MapEvents(
        ExecutionContext subscription, IAsyncEnumerable<object?> source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var payload in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var context = new ExecutionContext(
                subscription.Schema, subscription.Document, subscription.Operation, subscription.Variables, subscription.Request,
                subscription.Options, cancellationToken);
            yield return await WithoutSynchronizationContext(() => ExecuteOperationAsync(context, payload)).ConfigureAwait(false);
        }
    }
}
