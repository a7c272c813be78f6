using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Graph.GraphQL.Protection;

/// <summary>
/// A request's variables that remember whether anything read them: a cost computed without reading any is the same
/// for every request of that operation, so it is computed once.
/// </summary>
internal sealed class VariableProbe(IReadOnlyDictionary<string, object?>? variables) : IReadOnlyDictionary<string, object?>
{
    private static readonly Dictionary<string, object?> None = [];
    private readonly IReadOnlyDictionary<string, object?> _variables = variables ?? None;

    public bool WasRead { get; private set; }

    public object? this[string key]
    {
        get
        {
            WasRead = true;
            return _variables[key];
        }
    }

    public IEnumerable<string> Keys => Read().Keys;

    public IEnumerable<object?> Values => Read().Values;

    public int Count => Read().Count;

    public bool ContainsKey(string key) => Read().ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => Read().TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Read().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IReadOnlyDictionary<string, object?> Read()
    {
        WasRead = true;
        return _variables;
    }
}
