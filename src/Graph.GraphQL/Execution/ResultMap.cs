namespace Graph.GraphQL.Execution;

/// <summary>An object in the response: keys in the order the query selected them.</summary>
public sealed class ResultMap : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly string[] _keys;
    private readonly object?[] _values;
    private int _count;

    public ResultMap(int capacity)
    {
        _keys = new string[capacity];
        _values = new object?[capacity];
    }

    public int Count => _count;

    public KeyValuePair<string, object?> this[int index] => new(_keys[index], _values[index]);

    /// <summary>The value under a response key (null if absent).</summary>
    public object? this[string key]
    {
        get
        {
            var index = Array.IndexOf(_keys, key, 0, _count);
            return index < 0 ? null : _values[index];
        }
    }

    public bool ContainsKey(string key) => Array.IndexOf(_keys, key, 0, _count) >= 0;

    public IEnumerable<string> Keys => _keys.Take(_count);

    internal int Add(string key, object? value)
    {
        _keys[_count] = key;
        _values[_count] = value;
        return _count++;
    }

    internal void Set(int index, object? value) => _values[index] = value;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++) yield return new(_keys[i], _values[i]);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
