namespace Graph.GraphQL.Execution;

/// <summary>
/// A server-side fault while resolving a field (a resolver's unexpected exception, or a value that does not fit its
/// type), for the server's log: the client sees only a plain message, the log gets the exception and where it arose.
/// </summary>
/// <param name="Exception">What was thrown.</param>
/// <param name="Coordinate">The field's schema coordinate, e.g. <c>Entity.relations</c>.</param>
/// <param name="Path">The response path of the failing field, e.g. <c>entity.relations</c> or <c>entities.nodes.3.name</c>.</param>
/// <param name="OperationName">The operation's name; null for an anonymous operation.</param>
public sealed record FieldFailure(Exception Exception, string Coordinate, string Path, string? OperationName);
