namespace Graph.GraphQL.Language;

/// <summary>A document could not be read: the message starts "Syntax Error:" and the location says where.</summary>
public sealed class GraphQLSyntaxException : Exception
{
    public GraphQLSyntaxException(string description, SourceLocation location, string code = "GRAPHQL_PARSE_FAILED")
        : base(code == "GRAPHQL_PARSE_FAILED" ? "Syntax Error: " + description : description)
    {
        Location = location;
        Code = code;
    }

    public GraphQLSyntaxException() : this("Invalid document.", SourceLocation.None) { }

    public GraphQLSyntaxException(string message) : this(message, SourceLocation.None) { }

    public GraphQLSyntaxException(string message, Exception inner) : base(message, inner) => Code = "GRAPHQL_PARSE_FAILED";

    public SourceLocation Location { get; }

    /// <summary>The error's <c>extensions.code</c>: GRAPHQL_PARSE_FAILED, or a protection code such as MAX_TOKENS_EXCEEDED.</summary>
    public string Code { get; }
}
