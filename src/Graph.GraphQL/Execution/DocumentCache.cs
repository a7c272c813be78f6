using System.Collections.Concurrent;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Execution;

/// <summary>A parsed document with its validation outcome and the measurements protection needs, reused across requests.</summary>
public sealed class PreparedDocument
{
    internal PreparedDocument(DocumentNode? document, IReadOnlyList<GraphQLError> errors, int aliasCount)
    {
        Document = document;
        Errors = errors;
        AliasCount = aliasCount;
    }

    /// <summary>Null when the text could not be parsed.</summary>
    public DocumentNode? Document { get; }

    /// <summary>Parse, validation or document-level protection errors; empty when the document may run.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    public int AliasCount { get; }

    /// <summary>Per operation name ("" for anonymous): depth, whether it introspects, and its cost when it has no variables; computed once.</summary>
    internal ConcurrentDictionary<string, (int Depth, bool Introspects, long? FixedCost)> OperationFacts { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// A bounded cache of prepared documents keyed by document text, so a repeated query is neither parsed nor validated
/// again. When full, the least recently used tenth is dropped.
/// </summary>
public sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<string, (PreparedDocument Document, long LastUsed)> _entries = new(StringComparer.Ordinal);
    private readonly Lock _trimLock = new();
    private long _clock;

    public int Count => _entries.Count;

    public int Capacity { get; } = capacity;

    public PreparedDocument GetOrAdd(string text, Func<string, PreparedDocument> prepare)
    {
        var now = Interlocked.Increment(ref _clock);
        if (_entries.TryGetValue(text, out var entry))
        {
            // Recording recency only now and then keeps the hot path free of writes.
            if (now - entry.LastUsed > Capacity / 4 + 1) _entries[text] = (entry.Document, now);
            return entry.Document;
        }
        var prepared = prepare(text);
        if (Capacity <= 0) return prepared;
        _entries[text] = (prepared, now);
        if (_entries.Count > Capacity) Trim();
        return prepared;
    }

    private void Trim()
    {
        lock (_trimLock)
        {
            var excess = _entries.Count - Capacity;
            if (excess <= 0) return;
            var drop = Math.Max(excess, Capacity / 10);
            foreach (var (key, _) in _entries.OrderBy(e => e.Value.LastUsed).Take(drop).ToList()) _entries.TryRemove(key, out _);
        }
    }
}
