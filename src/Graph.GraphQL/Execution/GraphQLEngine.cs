using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Protection;
using Graph.GraphQL.Types;
using Graph.GraphQL.Validation;

namespace Graph.GraphQL.Execution;

/// <summary>Engine settings: protection limits, document cache size, error exposure.</summary>
public sealed record GraphQLEngineOptions
{
    public ProtectionOptions Protection { get; init; } = new();

    /// <summary>How many distinct documents stay parsed and validated.</summary>
    public int DocumentCacheSize { get; init; } = 1_000;

    public ExecutionOptions Execution { get; init; } = ExecutionOptions.Default;
}

/// <summary>
/// The request pipeline: document size → parse (token limit) → validate → alias limit (all cached per document text)
/// → operation checks (introspection switch, depth, cost) → execution under the timeout.
/// </summary>
public sealed class GraphQLEngine
{
    private readonly DocumentCache _cache;
    private readonly ProtectionOptions _protection;

    public GraphQLEngine(Schema schema, GraphQLEngineOptions? options = null)
    {
        Schema = schema;
        Options = options ?? new GraphQLEngineOptions();
        _protection = Options.Protection;
        _cache = new DocumentCache(Options.DocumentCacheSize);
    }

    public Schema Schema { get; }

    public GraphQLEngineOptions Options { get; }

    public DocumentCache Cache => _cache;

    private int _preparedCount;

    /// <summary>How many times a document was parsed and validated (a cache miss).</summary>
    public int PreparedCount => _preparedCount;

    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        var (document, refusal) = Admit(request);
        if (refusal is not null) return refusal;
        var timeout = _protection.ExecutionTimeout;
        if (timeout is null) return Hide(await Executor.ExecuteAsync(Schema, document!, request, Options.Execution, cancellationToken).ConfigureAwait(false));

        var timeoutSource = RentTimeoutSource(timeout.Value);
        var link = cancellationToken.CanBeCanceled ? cancellationToken.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), timeoutSource) : default;
        var reusable = true;
        try
        {
            var execution = Executor.ExecuteAsync(Schema, document!, request, Options.Execution, timeoutSource.Token);
            if (!execution.IsCompleted)
            {
                // A resolver that ignores cancellation must not hold the response past the timeout. The wait ends with
                // the timeout source (timed already, and cancelled with the request): a Task.Delay here would leave a
                // timer behind for the whole timeout after every request that went asynchronous, thousands of them
                // alive at once under load, each holding a registration on the connection's token.
                await ((Task)execution).WaitAsync(timeoutSource.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            if (execution.IsCompletedSuccessfully) return Hide(execution.Result);
            reusable = false;
            cancellationToken.ThrowIfCancellationRequested();
            if (execution.IsFaulted && !timeoutSource.IsCancellationRequested) return await execution.ConfigureAwait(false);
            // Timed out: leave the execution to finish on its own, observing whatever it ends with.
            _ = execution.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return ExecutionResult.RequestError(new GraphQLError(
                $"Execution timed out after {timeout.Value.TotalMilliseconds:0} ms.", null, null, ErrorCodes.ExecutionTimeout));
        }
        finally
        {
            link.Dispose();
            ReturnTimeoutSource(timeoutSource, reusable);
        }
    }

    /// <summary>Request errors (bad variables) lose their hints too when introspection is off.</summary>
    private ExecutionResult Hide(ExecutionResult result) =>
        _protection.IntrospectionEnabled || result.HasData || result.Errors.Count == 0 ? result : ExecutionResult.RequestError(WithoutSuggestions(result.Errors));

    private const int MaxPooledTimeoutSources = 256;
    private readonly System.Collections.Concurrent.ConcurrentQueue<CancellationTokenSource> _timeoutSources = new();
    private int _pooledTimeoutSources;

    /// <summary>
    /// Timeout sources are pooled: most executions finish in time, and a reset source costs less than a new one. The
    /// pool's size is counted apart, because asking a concurrent collection its count can lock all of it.
    /// </summary>
    private CancellationTokenSource RentTimeoutSource(TimeSpan timeout)
    {
        if (_timeoutSources.TryDequeue(out var source)) Interlocked.Decrement(ref _pooledTimeoutSources);
        else source = new CancellationTokenSource();
        source.CancelAfter(timeout);
        return source;
    }

    private void ReturnTimeoutSource(CancellationTokenSource source, bool reusable)
    {
        // A source whose execution may still run (timed out or failed) is never handed to another request.
        if (reusable && Volatile.Read(ref _pooledTimeoutSources) < MaxPooledTimeoutSources && source.TryReset())
        {
            Interlocked.Increment(ref _pooledTimeoutSources);
            _timeoutSources.Enqueue(source);
        }
        else
        {
            source.Dispose();
        }
    }

    public async Task<SubscriptionResult> SubscribeAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        var (document, refusal) = Admit(request);
        if (refusal is not null) return new SubscriptionResult(null, refusal);
        return await Executor.SubscribeAsync(Schema, document!, request, Options.Execution, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Everything that can refuse a request before it runs.</summary>
    private (DocumentNode? Document, ExecutionResult? Refusal) Admit(GraphQLRequest request)
    {
        var text = request.Query ?? "";
        if (_protection.MaxDocumentLength is { } maxLength && text.Length > maxLength)
        {
            return (null, Refuse($"Document is {text.Length} characters long; at most {maxLength} are allowed.", ErrorCodes.DocumentTooLarge));
        }
        var prepared = _cache.GetOrAdd(text, Prepare);
        if (prepared.Errors.Count > 0) return (null, ExecutionResult.RequestError(prepared.Errors));
        var document = prepared.Document!;
        var operation = FindOperation(document, request.OperationName);
        if (operation is null) return (document, null); // the executor words the error

        var key = request.OperationName ?? "";
        long? firstCost = null;
        if (!prepared.OperationFacts.TryGetValue(key, out var facts))
        {
            // The cost is the same every time unless a page size comes from a variable: the first costing watches
            // whether it read any variable, and only then is the operation costed anew for each request.
            var probe = new VariableProbe(request.Variables);
            firstCost = OperationAnalyzer.Cost(Schema, document, operation, probe, _protection.Cost);
            facts = (OperationAnalyzer.Depth(document, operation), OperationAnalyzer.UsesIntrospection(document, operation), probe.WasRead ? null : firstCost);
            prepared.OperationFacts.TryAdd(key, facts);
        }
        if (!_protection.IntrospectionEnabled && facts.Introspects)
        {
            return (null, Refuse("Introspection is disabled on this server.", ErrorCodes.IntrospectionDisabled));
        }
        if (_protection.MaxDepth is { } maxDepth && facts.Depth > maxDepth)
        {
            return (null, Refuse($"Operation is {facts.Depth} levels deep; at most {maxDepth} are allowed.", ErrorCodes.MaxDepthExceeded));
        }
        if (_protection.MaxCost is { } maxCost)
        {
            var cost = facts.FixedCost ?? firstCost ?? OperationAnalyzer.Cost(Schema, document, operation, request.Variables, _protection.Cost);
            if (cost > maxCost)
            {
                return (null, Refuse($"Operation has an estimated cost of {cost}; at most {maxCost} is allowed.", ErrorCodes.MaxCostExceeded));
            }
        }
        return (document, null);
    }

    private PreparedDocument Prepare(string text)
    {
        Interlocked.Increment(ref _preparedCount);
        DocumentNode document;
        try
        {
            document = Parser.Parse(text, new ParserOptions { MaxTokens = _protection.MaxTokens ?? int.MaxValue });
        }
        catch (GraphQLSyntaxException ex)
        {
            var locations = ex.Location.IsKnown ? new[] { ex.Location } : [];
            return new PreparedDocument(null, [new GraphQLError(ex.Message, locations, null, ex.Code)], 0);
        }
        var aliases = OperationAnalyzer.AliasCount(document);
        if (_protection.MaxAliases is { } maxAliases && aliases > maxAliases)
        {
            return new PreparedDocument(document,
                [new GraphQLError($"Document uses {aliases} aliases; at most {maxAliases} are allowed.", null, null, ErrorCodes.MaxAliasesExceeded)], aliases);
        }
        var errors = DocumentValidator.Validate(Schema, document);
        return new PreparedDocument(document, _protection.IntrospectionEnabled ? errors : WithoutSuggestions(errors), aliases);
    }

    /// <summary>
    /// With introspection off, "Did you mean …?" hints would reveal the schema piece by piece, so they are removed
    /// (graphql-js's hideSuggestions).
    /// </summary>
    private static IReadOnlyList<GraphQLError> WithoutSuggestions(IReadOnlyList<GraphQLError> errors)
    {
        if (errors.Count == 0) return errors;
        return [.. errors.Select(e =>
        {
            var at = e.Message.IndexOf(" Did you mean ", StringComparison.Ordinal);
            return at < 0 ? e : new GraphQLError(e.Message[..at], e.Locations, e.Path, e.Code);
        })];
    }

    private static OperationDefinitionNode? FindOperation(DocumentNode document, string? name)
    {
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation) continue;
            if (name is null)
            {
                if (found is not null) return null;
                found = operation;
            }
            else if (operation.Name?.Value == name)
            {
                return operation;
            }
        }
        return found;
    }

    private static ExecutionResult Refuse(string message, string code) => ExecutionResult.RequestError(new GraphQLError(message, null, null, code));
}
