namespace Graph.GraphQL.Http.Transport;

/// <summary>An HTTP request that is not a well-formed GraphQL-over-HTTP request (bad JSON, no query, …), answered before any GraphQL runs.</summary>
internal sealed class RequestError : Exception
{
    public RequestError(int statusCode, string message) : base(message) => StatusCode = statusCode;

    public RequestError() : this(400, "Bad request.") { }

    public RequestError(string message) : this(400, message) { }

    public RequestError(string message, Exception innerException) : base(message, innerException) => StatusCode = 400;

    public int StatusCode { get; }
}
