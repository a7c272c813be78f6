using System.Net;
using System.Text.Json;

namespace Graph.Store.Neo4j.Http;

/// <summary>What the client needs from one Query API answer.</summary>
internal sealed record Response(HttpStatusCode Status, QueryResult Result, string? TransactionId, string? Affinity);

/// <summary>
/// Reads a Query API answer. Errors come as <c>{"errors":[{"code","message"}]}</c>: with status 202 on servers that
/// decide the status before running the statement, with 4xx/5xx on servers that derive it from the GQL status, and
/// with 401 for authentication; a proxy in front may answer 502/503/504 with no Neo4j body at all. All are mapped to
/// <see cref="Neo4jException"/>, transient exactly when Neo4j says <c>Neo.TransientError.*</c> or the gateway says 502/503/504.
/// </summary>
internal static class ResponseParser
{
    public static Response Parse(HttpStatusCode status, string body, string? affinity, string context)
    {
        JsonDocument? document = null;
        try
        {
            if (!string.IsNullOrWhiteSpace(body))
            {
                try
                {
                    document = JsonDocument.Parse(body);
                }
                catch (JsonException) when (!IsSuccess(status))
                {
                    // A proxy's HTML error page: the status says all there is to say.
                }
                catch (JsonException exception)
                {
                    throw new Neo4jException(null, $"{context}: the answer is not JSON ({exception.Message})", status, isTransient: false, exception);
                }
            }

            var root = document?.RootElement;
            if (root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                throw FromErrors(status, errors, context);
            }

            if (!IsSuccess(status))
            {
                var transient = status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
                throw new Neo4jException(null, $"{context}: HTTP {(int)status} {status}", status, transient);
            }

            return new Response(status, ReadResult(root, context), ReadTransactionId(root), affinity);
        }
        finally
        {
            document?.Dispose();
        }
    }

    private static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 300;

    private static Neo4jException FromErrors(HttpStatusCode status, JsonElement errors, string context)
    {
        var first = errors[0];
        var code = first.TryGetProperty("code", out var c) ? c.GetString() : null;
        var messages = errors.EnumerateArray()
            .Select(e => e.TryGetProperty("message", out var m) ? m.GetString() : null)
            .Where(m => !string.IsNullOrEmpty(m))
            .ToList();
        var message = messages.Count == 0 ? "(no message)" : string.Join(" | ", messages);
        return new Neo4jException(code, $"{context}: {message}", status, Neo4jException.IsTransientCode(code));
    }

    private static QueryResult ReadResult(JsonElement? root, string context)
    {
        if (root is not { ValueKind: JsonValueKind.Object } r || !r.TryGetProperty("data", out var data))
        {
            // Commit and rollback answer without data.
            return new QueryResult([], [], ReadBookmarks(root));
        }

        try
        {
            var fields = data.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToList();
            var index = fields.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
            var records = new List<QueryRecord>();
            foreach (var row in data.GetProperty("values").EnumerateArray())
            {
                var values = row.EnumerateArray().Select(TypedJson.Read).ToList();
                if (values.Count != fields.Count)
                {
                    throw new FormatException($"a row has {values.Count} values for {fields.Count} fields");
                }

                records.Add(new QueryRecord(index, values));
            }

            return new QueryResult(fields, records, ReadBookmarks(root));
        }
        catch (Exception exception) when (exception is FormatException or KeyNotFoundException or InvalidOperationException)
        {
            throw new Neo4jException(null, $"{context}: the answer's data is not in the Query API's typed JSON shape ({exception.Message})", HttpStatusCode.Accepted, isTransient: false, exception);
        }
    }

    private static List<string> ReadBookmarks(JsonElement? root) =>
        root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? [.. b.EnumerateArray().Select(x => x.GetString()!)]
            : [];

    private static string? ReadTransactionId(JsonElement? root) =>
        root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("transaction", out var t)
            && t.ValueKind == JsonValueKind.Object && t.TryGetProperty("id", out var id)
            ? id.GetString()
            : null;
}
