namespace Graph.Store.Neo4j.Tests.TestDoubles;

/// <summary>Answer bodies in the shapes of Neo4j's Query API manual (typed JSON results, error lists, transaction metadata).</summary>
public static class QueryApiAnswers
{
    /// <summary>A result with one field holding one typed String per row.</summary>
    public static string Strings(string field, params string[] values) =>
        $$"""{"data":{"fields":["{{field}}"],"values":[{{string.Join(",", values.Select(v => $$"""[{"$type":"String","_value":"{{v}}"}]"""))}}]},"bookmarks":["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"]}""";

    /// <summary>An empty result (a write that returns nothing).</summary>
    public const string Empty = """{"data":{"fields":[],"values":[]},"bookmarks":["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"]}""";

    public static string Error(string code, string message) =>
        $$"""{"errors":[{"code":"{{code}}","message":"{{message}}"}]}""";

    /// <summary>The answer to opening a transaction, or to a statement inside one (transaction id and expiry).</summary>
    public static string InTransaction(string id, string data = """{"fields":[],"values":[]}""") =>
        $$$"""{"data":{{{data}}},"bookmarks":[],"transaction":{"id":"{{{id}}}","expires":"2024-10-22T15:48:29Z"}}""";

    /// <summary>Commit answers carry bookmarks and no transaction (it is closed).</summary>
    public const string Committed = """{"bookmarks":["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"]}""";

    public static IReadOnlyDictionary<string, string> Affinity(string value) =>
        new Dictionary<string, string> { ["neo4j-cluster-affinity"] = value };
}
