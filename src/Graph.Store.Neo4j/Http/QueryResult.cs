using System.Globalization;

namespace Graph.Store.Neo4j.Http;

/// <summary>What one statement returned: its fields and one record per row, values already typed.</summary>
public sealed class QueryResult(IReadOnlyList<string> fields, IReadOnlyList<QueryRecord> records, IReadOnlyList<string> bookmarks)
{
    public IReadOnlyList<string> Fields { get; } = fields;

    public IReadOnlyList<QueryRecord> Records { get; } = records;

    /// <summary>Bookmarks of the transaction that ran the statement (for causal consistency on a cluster).</summary>
    public IReadOnlyList<string> Bookmarks { get; } = bookmarks;

    /// <summary>The only record; an error when there is none or several (for statements that return one row by construction).</summary>
    public QueryRecord Single() => Records.Count == 1
        ? Records[0]
        : throw new InvalidOperationException($"expected one row from Neo4j, got {Records.Count}");
}

/// <summary>One row of a result, by field name, with typed getters that name the field when a value is not what was expected.</summary>
public sealed class QueryRecord(IReadOnlyDictionary<string, int> index, IReadOnlyList<object?> values)
{
    public object? this[string field] => index.TryGetValue(field, out var i)
        ? values[i]
        : throw new KeyNotFoundException($"the result has no field '{field}' (fields: {string.Join(", ", index.Keys)})");

    /// <summary>True when the row has the field and it is not null (a map from <c>n {.*}</c> leaves out null properties).</summary>
    public bool Has(string field) => index.TryGetValue(field, out var i) && values[i] is not null;

    public string GetString(string field) => this[field] as string ?? throw Wrong(field, "a string");

    public string? GetStringOrNull(string field) => this[field] switch
    {
        null => null,
        string s => s,
        _ => throw Wrong(field, "a string or null"),
    };

    public long GetInt64(string field) => this[field] is long l ? l : throw Wrong(field, "an integer");

    public int GetInt32(string field) => checked((int)GetInt64(field));

    /// <summary>A number as double; Neo4j INTEGER values are accepted too (a confidence of 1 may be stored as one).</summary>
    public double GetDouble(string field) => this[field] switch
    {
        double d => d,
        long l => l,
        _ => throw Wrong(field, "a number"),
    };

    public bool GetBoolean(string field) => this[field] is bool b ? b : throw Wrong(field, "a boolean");

    public DateTimeOffset? GetDateTimeOrNull(string field) => this[field] switch
    {
        null => null,
        DateTimeOffset d => d,
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        _ => throw Wrong(field, "a datetime or null"),
    };

    public DateTimeOffset GetDateTime(string field) => GetDateTimeOrNull(field) ?? throw Wrong(field, "a datetime");

    public IReadOnlyList<object?> GetList(string field) => this[field] switch
    {
        null => [],
        IReadOnlyList<object?> list => list,
        _ => throw Wrong(field, "a list"),
    };

    public IReadOnlyList<string> GetStrings(string field) => [.. GetList(field).Select(v => v as string ?? throw Wrong(field, "a list of strings"))];

    public IReadOnlyDictionary<string, object?> GetMap(string field) =>
        this[field] as IReadOnlyDictionary<string, object?> ?? throw Wrong(field, "a map");

    /// <summary>A list of maps, each read as a record of its own (for statements that return collected rows).</summary>
    public IReadOnlyList<QueryRecord> GetRecords(string field) =>
        [.. GetList(field).Select(v => v is IReadOnlyDictionary<string, object?> map ? FromMap(map) : throw Wrong(field, "a list of maps"))];

    /// <summary>A map read as a record, so its entries get the same typed getters.</summary>
    public static QueryRecord FromMap(IReadOnlyDictionary<string, object?> map)
    {
        var keys = map.Keys.ToList();
        var index = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        return new QueryRecord(index, [.. keys.Select(k => map[k])]);
    }

    private InvalidCastException Wrong(string field, string expected)
    {
        var actual = this[field];
        return new InvalidCastException($"field '{field}' is {(actual is null ? "null" : actual.GetType().Name)}, expected {expected}");
    }
}
