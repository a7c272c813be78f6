namespace Graph.GraphQL.Execution;

/// <summary>The path of a field in the response, as a linked list from the leaf back to the root.</summary>
public sealed class ResponsePath(ResponsePath? parent, object key)
{
    public ResponsePath? Parent { get; } = parent;

    /// <summary>A response key (string) or a list index (int).</summary>
    public object Key { get; } = key;

    public IReadOnlyList<object> ToList()
    {
        var depth = 0;
        for (var p = this; p is not null; p = p.Parent) depth++;
        var keys = new object[depth];
        for (var p = this; p is not null; p = p.Parent) keys[--depth] = p.Key;
        return keys;
    }

    public override string ToString() => string.Join('.', ToList());
}
