using Graph.GraphQL.Execution;
using Microsoft.Extensions.Logging;

namespace Graph.GraphQL.Http;

/// <summary>
/// Writes the engine's field failures (resolver exceptions, values that do not fit their type) to the server's log with
/// the field and its response path; the client's response keeps only the safe message.
/// </summary>
internal static class FieldFailureLog
{
    public static Action<FieldFailure> Reporter(ILogger logger) => failure =>
        logger.LogError(failure.Exception, "GraphQL field {Coordinate} failed at path {Path} in operation {Operation}",
            failure.Coordinate, failure.Path, failure.OperationName ?? "(anonymous)");
}
