namespace Graph.GraphQL.Execution;

/// <summary>Something with keys waiting for a batch call.</summary>
internal interface IBatchDispatch
{
    void Dispatch();
}

/// <summary>
/// The data loaders of one request and the scheduling of their batches. The executor starts every field it can;
/// when nothing more can run without a loaded value, the pending keys of each loader go out in one batch call.
/// After a batch's values are handed out, the work they unblock runs at once (continuations run inline) and its
/// loads form the next batch.
/// </summary>
public sealed class DataLoaderContext
{
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);
    private readonly List<IBatchDispatch> _pending = [];
    private readonly Lock _lock = new();
    private TaskCompletionSource? _workSignal;
    private int _busy;
    private int _driving;

    internal CancellationToken CancellationToken { get; set; }

    /// <summary>The loader registered under <paramref name="name"/> for this request, created on first use.</summary>
    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name, BatchFunction<TKey, TValue> batch)
        where TKey : notnull
    {
        lock (_lock)
        {
            if (!_loaders.TryGetValue(name, out var loader))
            {
                loader = new DataLoader<TKey, TValue>(this, batch);
                _loaders[name] = loader;
            }
            return (DataLoader<TKey, TValue>)loader;
        }
    }

    internal void Enqueue(IBatchDispatch loader)
    {
        TaskCompletionSource? signal;
        lock (_lock)
        {
            if (!_pending.Contains(loader)) _pending.Add(loader);
            signal = _workSignal;
            _workSignal = null;
        }
        signal?.TrySetResult();
    }

    internal bool HasPending
    {
        get
        {
            lock (_lock) return _pending.Count > 0;
        }
    }

    /// <summary>
    /// The executor's loop: sends every pending batch; false when there was none (or a batch is still handing out
    /// values). While it runs, batches that complete at once (an embedded store) leave the next wave to this loop
    /// instead of sending it from inside their own hand-out: the waves then follow one another on a flat stack.
    /// Nested, each wave ran inside the previous one's continuations, and a deep enough stack made .NET post the
    /// remaining continuations to the thread pool (a thread hop and a wait for every such request).
    /// </summary>
    internal bool Drive()
    {
        Interlocked.Increment(ref _driving);
        try
        {
            return DispatchPending();
        }
        finally
        {
            Interlocked.Decrement(ref _driving);
        }
    }

    /// <summary>Sends every pending batch; false when there was none (or a batch is still handing out values).</summary>
    private bool DispatchPending()
    {
        IBatchDispatch[] batch;
        lock (_lock)
        {
            if (_pending.Count == 0 || Volatile.Read(ref _busy) > 0) return false;
            batch = [.. _pending];
            _pending.Clear();
        }
        foreach (var loader in batch) loader.Dispatch();
        return true;
    }

    /// <summary>
    /// After a batch has handed out its values: sends what they queued, unless the executor's loop is dispatching
    /// right now (it sends them itself next). A batch that finished later, on its own (an asynchronous store), sends
    /// the next wave at once rather than waking the executor on another thread.
    /// </summary>
    internal void BatchHandedOut()
    {
        if (Volatile.Read(ref _driving) == 0) DispatchPending();
    }

    /// <summary>Completes when a load is queued (at once if loads wait and no batch is handing out values).</summary>
    internal Task WaitForWork()
    {
        lock (_lock)
        {
            // While a batch hands out values it sends the next batch itself; waiting then must not spin.
            if (_pending.Count > 0 && Volatile.Read(ref _busy) == 0) return Task.CompletedTask;
            _workSignal ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _workSignal.Task;
        }
    }

    internal void EnterBusy() => Interlocked.Increment(ref _busy);

    internal void LeaveBusy() => Interlocked.Decrement(ref _busy);
}

/// <summary>Loads values for many keys at once; keys without a value are simply absent from the result.</summary>
public delegate ValueTask<IReadOnlyDictionary<TKey, TValue>> BatchFunction<TKey, TValue>(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    where TKey : notnull;

/// <summary>
/// Per-request batching and caching of reads by key: every <see cref="LoadAsync"/> of one execution wave goes to the
/// batch function in a single call; a key asked twice in a request is loaded once. (Only a key asked again while
/// its batch is still running, which needs an asynchronous store, goes out a second time; a failed batch is not
/// cached, so a later wave may ask again.)
/// </summary>
public sealed class DataLoader<TKey, TValue> : IBatchDispatch
    where TKey : notnull
{
    private readonly DataLoaderContext _context;
    private readonly BatchFunction<TKey, TValue> _batch;
    private readonly Dictionary<TKey, TValue?> _loaded = [];
    private readonly Lock _lock = new();

    // Each waiter: a TaskCompletionSource<TValue?> (LoadAsync) or a TaskCompletionSource<object?> (LoadObjectAsync).
    private List<(TKey Key, object Completion)> _queue = [];

    internal DataLoader(DataLoaderContext context, BatchFunction<TKey, TValue> batch)
    {
        _context = context;
        _batch = batch;
    }

    /// <summary>How many times the batch function has been called (for tests and diagnostics).</summary>
    public int BatchCount { get; private set; }

    /// <summary>The value for <paramref name="key"/>, or default when the batch function had none.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        TaskCompletionSource<TValue?> completion;
        lock (_lock)
        {
            if (_loaded.TryGetValue(key, out var loaded)) return Task.FromResult(loaded);
            completion = new TaskCompletionSource<TValue?>();
            _queue.Add((key, completion));
        }
        _context.Enqueue(this);
        return completion.Task;
    }

    /// <summary>
    /// As <see cref="LoadAsync"/>, typed as a resolver's result: a resolver can return it as it is, with no async
    /// method of its own around the load (a value already loaded costs no allocation at all).
    /// </summary>
    public ValueTask<object?> LoadObjectAsync(TKey key)
    {
        TaskCompletionSource<object?> completion;
        lock (_lock)
        {
            if (_loaded.TryGetValue(key, out var loaded)) return new ValueTask<object?>(loaded);
            completion = new TaskCompletionSource<object?>();
            _queue.Add((key, completion));
        }
        _context.Enqueue(this);
        return new ValueTask<object?>(completion.Task);
    }

    /// <summary>
    /// Puts a value already at hand in the request's cache (entities a walk returned, say), so that loading its key
    /// later costs no batch call. A key already loaded keeps what it has.
    /// </summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_lock) _loaded.TryAdd(key, value);
    }

    void IBatchDispatch.Dispatch()
    {
        List<(TKey Key, object Completion)> queue;
        lock (_lock)
        {
            if (_queue.Count == 0) return;
            queue = _queue;
            _queue = [];
            BatchCount++;
        }
        _ = RunBatchAsync(queue);
    }

    private async Task RunBatchAsync(List<(TKey Key, object Completion)> queue)
    {
        IReadOnlyDictionary<TKey, TValue>? values = null;
        Exception? failure = null;
        try
        {
            values = await _batch(Keys(queue), _context.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            failure = ex;
        }
        if (values is not null)
        {
            lock (_lock)
            {
                foreach (var (key, _) in queue) _loaded.TryAdd(key, values.TryGetValue(key, out var value) ? value : default);
            }
        }
        _context.EnterBusy();
        try
        {
            // Every waiter has a task of its own. Continuations run inline, so the work a value unblocks queues its own
            // loads before the next batch is sent; .NET runs only the first of several awaits on one task inline and
            // posts the others to the thread pool, which would send every request that asks for one key twice in a
            // wave (two relations with the same end) to another thread.
            foreach (var (key, completion) in queue)
            {
                var value = values is not null && values.TryGetValue(key, out var found) ? found : default;
                switch (completion)
                {
                    case TaskCompletionSource<TValue?> typed when failure is null:
                        typed.TrySetResult(value);
                        break;
                    case TaskCompletionSource<TValue?> typed:
                        typed.TrySetException(failure);
                        break;
                    case TaskCompletionSource<object?> untyped when failure is null:
                        untyped.TrySetResult(value);
                        break;
                    case TaskCompletionSource<object?> untyped:
                        untyped.TrySetException(failure);
                        break;
                }
            }
        }
        finally
        {
            _context.LeaveBusy();
        }
        // The last batch to finish handing out values sends what they queued; one finishing while another is still
        // handing out would send half a wave.
        _context.BatchHandedOut();
    }

    /// <summary>Each key once, in the order first asked.</summary>
    private static List<TKey> Keys(List<(TKey Key, object Completion)> queue)
    {
        var keys = new List<TKey>(queue.Count);
        HashSet<TKey>? seen = null;
        foreach (var (key, _) in queue)
        {
            if (queue.Count <= 8 ? !keys.Contains(key) : (seen ??= []).Add(key)) keys.Add(key);
        }
        return keys;
    }
}
