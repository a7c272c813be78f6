using System.Net;

namespace Graph.Store.Neo4j.Http;

/// <summary>
/// Neo4j (or the way to it) refused a request. <see cref="Code"/> is Neo4j's status code
/// (<c>Neo.ClientError.Statement.SyntaxError</c>, …) when the server sent one; <see cref="HttpStatus"/> is the HTTP status
/// when there was a response. The message never holds the password.
/// </summary>
public sealed class Neo4jException : Exception
{
    public Neo4jException(string? code, string serverMessage, HttpStatusCode? httpStatus, bool isTransient, Exception? innerException = null)
        : base(Describe(code, serverMessage, httpStatus), innerException)
    {
        Code = code;
        ServerMessage = serverMessage;
        HttpStatus = httpStatus;
        IsTransient = isTransient;
    }

    /// <summary>Neo4j's status code, e.g. <c>Neo.TransientError.Transaction.DeadlockDetected</c>; null for transport failures.</summary>
    public string? Code { get; }

    /// <summary>The server's message, or what went wrong on the way to it.</summary>
    public string ServerMessage { get; }

    public HttpStatusCode? HttpStatus { get; }

    /// <summary>True when trying again later may succeed (Neo4j transient errors, 502/503/504, timeouts, refused connections).</summary>
    public bool IsTransient { get; }

    /// <summary>Neo4j's classification: transient errors may succeed on retry; client and database errors will not.</summary>
    public static bool IsTransientCode(string? code) =>
        code is not null && code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);

    private static string Describe(string? code, string message, HttpStatusCode? status)
    {
        var http = status is { } s ? $"HTTP {(int)s}" : "no HTTP response";
        return code is null ? $"Neo4j request failed ({http}): {message}" : $"Neo4j {code} ({http}): {message}";
    }
}
