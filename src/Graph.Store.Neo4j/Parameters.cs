namespace Graph.Store.Neo4j;

/// <summary>Builds a statement's parameter map: <c>Parameters.Of(("id", id), ("first", 10))</c>.</summary>
internal static class Parameters
{
    public static Dictionary<string, object?> Of(params (string Name, object? Value)[] values)
    {
        var map = new Dictionary<string, object?>(values.Length, StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            map[name] = value;
        }

        return map;
    }
}
