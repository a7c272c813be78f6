using System.Collections.Concurrent;
using System.Text.Json;
using Graph.Store.Neo4j.Cypher;

namespace Graph.Store.Neo4j.Tests.TestDoubles;

/// <summary>
/// TEST DOUBLE answers for an adapter that writes into an empty Neo4j (for <c>graph push</c>): a
/// <see cref="QueryApiTestDouble.Responder"/> that recognises each request by the cypher/ file its statement is and
/// answers in the Query API's documented shapes — transactions opened and committed, no stored article or candidate
/// (the database is empty), arrival numbers counting up, and counts of what was written. It interprets no Cypher:
/// what a real server would do with the writes is the contract suite's job against a live Neo4j.
/// </summary>
public sealed class WriteConversation
{
    private static readonly Dictionary<string, string> NameOfText =
        CypherCatalog.Embedded.Names.ToDictionary(n => CypherCatalog.Embedded.Get(n).Text, n => n, StringComparer.Ordinal);

    private readonly ConcurrentQueue<(string Statement, JsonElement Parameters)> statements = new();
    private int transactions;
    private int seq;

    /// <summary>Every statement received (by cypher/ name) with its parameters, in order.</summary>
    public IReadOnlyList<(string Statement, JsonElement Parameters)> Statements => [.. statements];

    public int TransactionsOpened => transactions;

    public ScriptedAnswer? Answer(RecordedRequest request)
    {
        var path = request.Path.TrimEnd('/');
        if (request.Method == "DELETE")
        {
            return new ScriptedAnswer(200, QueryApiAnswers.Committed);
        }

        if (path.EndsWith("/query/v2/tx", StringComparison.Ordinal))
        {
            var id = "tx" + Interlocked.Increment(ref transactions);
            return new ScriptedAnswer(202, QueryApiAnswers.InTransaction(id));
        }

        if (path.EndsWith("/commit", StringComparison.Ordinal))
        {
            return new ScriptedAnswer(200, QueryApiAnswers.Committed);
        }

        using var body = JsonDocument.Parse(request.Body);
        var text = body.RootElement.GetProperty("statement").GetString()!;
        var name = NameOfText.TryGetValue(text, out var known) ? known : "(unknown statement)";
        statements.Enqueue((name, body.RootElement.GetProperty("parameters").Clone()));
        var inTransaction = path.Contains("/query/v2/tx/", StringComparison.Ordinal);
        var data = name switch
        {
            "queries/next-article-seq" => $$"""{"fields":["seq"],"values":[[{"$type":"Integer","_value":"{{Interlocked.Increment(ref seq)}}"}]]}""",
            "queries/counts" => Counts(),
            _ => """{"fields":[],"values":[]}""",
        };
        return inTransaction
            ? new ScriptedAnswer(202, QueryApiAnswers.InTransaction(path[(path.LastIndexOf('/') + 1)..], data))
            : new ScriptedAnswer(200, $$"""{"data":{{data}},"bookmarks":[]}""");
    }

    private string Counts()
    {
        int Rows(string statement, string parameter) => Statements.Where(s => s.Statement == statement)
            .Sum(s => s.Parameters.GetProperty(parameter).GetProperty("_value").GetArrayLength());
        var articles = Statements.Count(s => s.Statement == "writes/upsert-article");
        string Int(int n) => $$"""{"$type":"Integer","_value":"{{n}}"}""";
        return $$"""
            {"fields":["articles","entities","relations","statements","entitiesByType","relationsByType"],
             "values":[[{{Int(articles)}},{{Int(Rows("writes/create-entities", "rows"))}},{{Int(Rows("writes/refresh-relations", "relations"))}},{{Int(Rows("writes/add-statements", "rows"))}},
                        {"$type":"List","_value":[]},{"$type":"List","_value":[]}]]}
            """;
    }
}
